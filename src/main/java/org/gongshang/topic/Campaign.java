package org.gongshang.topic;

import java.time.Instant;

/** A solicitation campaign (征题活动): a time-boxed call for topics on a theme in a region. */
public record Campaign(long id, String theme, String description, String regionCode, Instant startsAt, Instant endsAt,
        long createdBy) {

    public boolean isOpenAt(Instant now) {
        return !now.isBefore(startsAt) && now.isBefore(endsAt);
    }

    public boolean hasEndedAt(Instant now) {
        return !now.isBefore(endsAt);
    }
}
