package org.gongshang.outcome;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One line of a recommendation's history: a change of status, who made it, when and why. */
public record StatusChange(@Nullable RecommendationStatus from, RecommendationStatus to, @Nullable Long actorId,
        Instant at, @Nullable String reason, int handlingRound) {
}
