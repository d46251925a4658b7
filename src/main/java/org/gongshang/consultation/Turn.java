package org.gongshang.consultation;

import java.time.Duration;
import java.time.Instant;

import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * One timed speaking turn (发言). It has a planned length and can be extended by one or two minutes
 * at the facilitator's discretion (相机扩展发言时长), a limited number of times.
 */
public record Turn(long id, long consultationId, long participantId, String speakerName, ParticipantCategory category,
        @Nullable Long agendaItemId, Instant startedAt, @Nullable Instant endedAt, int plannedSeconds,
        int extensionMinutes, int extensions) {

    public boolean isRunning() {
        return endedAt == null;
    }

    /** When the countdown reaches zero, extensions included. */
    public Instant endsAt() {
        return startedAt.plusSeconds(plannedSeconds + 60L * extensionMinutes);
    }

    /** Seconds spoken: up to the end, or up to {@code now} while it runs. Whole seconds, as recorded. */
    public long spokenSeconds(Instant now) {
        Instant end = endedAt != null ? endedAt : now;
        return Math.max(0, Duration.between(startedAt, end).toSeconds());
    }

    /**
     * @throws DomainException INVALID for anything but 1 or 2 minutes, CONFLICT for an ended turn or
     *     one extended {@code maxExtensions} times already
     */
    public Turn extend(int minutes, int maxExtensions) {
        if (minutes != 1 && minutes != 2) {
            throw DomainException.invalidField("minutes", "consultation.turn.extension-minutes");
        }
        if (!isRunning()) {
            throw DomainException.conflict("consultation.turn.ended");
        }
        if (extensions >= maxExtensions) {
            throw DomainException.conflict("consultation.turn.extensions-used", maxExtensions);
        }
        return new Turn(id, consultationId, participantId, speakerName, category, agendaItemId, startedAt, null,
                plannedSeconds, extensionMinutes + minutes, extensions + 1);
    }

    /** @throws DomainException CONFLICT for a turn that has ended already */
    public Turn end(Instant at) {
        if (!isRunning()) {
            throw DomainException.conflict("consultation.turn.ended");
        }
        Instant end = at.isBefore(startedAt) ? startedAt : at;
        return new Turn(id, consultationId, participantId, speakerName, category, agendaItemId, startedAt, end,
                plannedSeconds, extensionMinutes, extensions);
    }
}
