package org.gongshang.outcome;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One person's rating of the reply of a handling round (满意度测评). */
public record SatisfactionRating(int handlingRound, long accountId, Satisfaction rating, @Nullable String comment, Instant at) {
}
