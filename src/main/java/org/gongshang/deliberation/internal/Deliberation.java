package org.gongshang.deliberation.internal;

import java.time.Instant;

import org.gongshang.deliberation.DeliberationStatus;
import org.gongshang.deliberation.ModerationMode;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;

/** A deliberation's own facts and the rules of its time window. */
public record Deliberation(long id, String question, String description, String regionCode, @Nullable Long topicId,
        @Nullable Long consultationId, ModerationMode moderation, Instant opensAt, Instant closesAt, long createdBy,
        Instant createdAt) {

    public DeliberationStatus statusAt(Instant now) {
        if (now.isBefore(opensAt)) {
            return DeliberationStatus.UPCOMING;
        }
        return now.isBefore(closesAt) ? DeliberationStatus.OPEN : DeliberationStatus.CLOSED;
    }

    /** @throws DomainException CONFLICT unless votes and statements are taken now */
    public void requireOpen(Instant now) {
        switch (statusAt(now)) {
            case UPCOMING -> throw DomainException.conflict("deliberation.not-open-yet");
            case CLOSED -> throw DomainException.conflict("deliberation.closed");
            case OPEN -> {
            }
        }
    }

    /** Closing early moves the close time to now; a closed deliberation stays closed. */
    public Deliberation closedAt(Instant now) {
        if (statusAt(now) == DeliberationStatus.CLOSED) {
            throw DomainException.conflict("deliberation.closed");
        }
        Instant opens = opensAt.isAfter(now) ? now.minusMillis(1) : opensAt;
        return new Deliberation(id, question, description, regionCode, topicId, consultationId, moderation, opens, now,
                createdBy, createdAt);
    }
}
