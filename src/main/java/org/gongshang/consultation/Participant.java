package org.gongshang.consultation;

import java.time.Instant;

import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * Someone on a consultation's roster, with the category they speak for.
 *
 * @param accountId null for people without an account (walk-ins entered by staff)
 * @param maskedPhone a walk-in's phone as shown; the full number is stored encrypted
 */
public record Participant(long id, long consultationId, @Nullable Long accountId, String name,
        ParticipantCategory category, ParticipantStatus status, boolean walkIn, @Nullable String maskedPhone,
        @Nullable Instant checkedInAt, @Nullable CheckInMethod checkInMethod) {

    public boolean isCheckedIn() {
        return checkedInAt != null;
    }

    /** The invited person's yes or no; they may change their mind until the session. */
    public Participant answer(boolean yes) {
        if (status != ParticipantStatus.INVITED && status != ParticipantStatus.ACCEPTED && status != ParticipantStatus.DECLINED) {
            throw DomainException.conflict("consultation.participant.not-invited");
        }
        return withStatus(yes ? ParticipantStatus.ACCEPTED : ParticipantStatus.DECLINED);
    }

    /** The organiser's decision on a resident's application (报名). */
    public Participant decideApplication(boolean admit) {
        if (status != ParticipantStatus.APPLIED) {
            throw DomainException.conflict("consultation.participant.not-applied");
        }
        return withStatus(admit ? ParticipantStatus.ADMITTED : ParticipantStatus.REJECTED);
    }

    /** @throws DomainException CONFLICT when already checked in or not expected (declined, rejected, applying) */
    public Participant checkIn(CheckInMethod method, Instant at) {
        if (!status.isExpected()) {
            throw DomainException.conflict("consultation.check-in.not-expected", name);
        }
        if (isCheckedIn()) {
            throw DomainException.conflict("consultation.check-in.already", name);
        }
        // Whoever comes counts as having accepted.
        ParticipantStatus present = status == ParticipantStatus.INVITED ? ParticipantStatus.ACCEPTED : status;
        return new Participant(id, consultationId, accountId, name, category, present, walkIn, maskedPhone, at, method);
    }

    private Participant withStatus(ParticipantStatus next) {
        return new Participant(id, consultationId, accountId, name, category, next, walkIn, maskedPhone, checkedInAt, checkInMethod);
    }
}
