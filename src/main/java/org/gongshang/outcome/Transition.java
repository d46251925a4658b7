package org.gongshang.outcome;

import org.jspecify.annotations.Nullable;

/** A change of status the aggregate made, for the service to keep in the history (who, when, why). */
public record Transition(@Nullable RecommendationStatus from, RecommendationStatus to, @Nullable String reason) {
}
