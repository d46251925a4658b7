package org.gongshang.outcome;

import org.jspecify.annotations.Nullable;

/**
 * A recommendation staff enter: from a consultation (whose region and topic it takes when not
 * given) or from another source, such as a micro-consultation report or a member's suggestion.
 *
 * @param isPublic shown to the public once transferred; null means yes (or, from a consultation,
 *     whether the consultation is open to the public)
 */
public record NewRecommendation(@Nullable String text, @Nullable Long consultationId, @Nullable Long topicId,
        @Nullable String regionCode, @Nullable RecommendationSource source, @Nullable Boolean isPublic) {
}
