package org.gongshang.emergency;

import java.time.Instant;

import org.gongshang.outcome.Satisfaction;
import org.jspecify.annotations.Nullable;

/** A reporter's rating of how the event was handled, on the scale of outcomes' satisfaction ratings. */
public record Rating(long accountId, Satisfaction satisfaction, @Nullable String comment, Instant ratedAt) {

    public static final int MAX_COMMENT = 500;
}
