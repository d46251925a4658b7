package org.gongshang.outcome;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A recommendation was made or moved to another status (signed off, transferred, signed for, replied,
 * rated, sent back, closed…). Published with every line of its history, so that the quality
 * evaluation and the statistics keep their figures current without reading this module's tables.
 *
 * @param from null when the recommendation was just made
 */
public record RecommendationStatusChanged(long recommendationId, @Nullable Long consultationId, String regionCode,
        @Nullable RecommendationStatus from, RecommendationStatus to, Instant at) {
}
