package org.gongshang.emergency;

import org.jspecify.annotations.Nullable;

/**
 * A review as staff fill it in. For a topic, {@code topicTitle} and {@code topicDescription} are the
 * topic's text as edited from the pre-filled one; null takes the event's own.
 */
public record NewReview(@Nullable ReviewOutcome outcome, @Nullable String reason, @Nullable String topicTitle,
        @Nullable String topicDescription) {
}
