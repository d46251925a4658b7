package org.gongshang.deliberation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an organiser fills in. A deliberation belongs to a topic or a consultation; with a topic its
 * region is the topic's, otherwise {@code regionCode} says where it is organised.
 *
 * @param seedStatements the organiser's first statements, accepted at once
 * @param invitees members, cadres and departments who take part without a verified real name
 */
public record NewDeliberation(@Nullable String question, @Nullable String description, @Nullable Long topicId,
        @Nullable Long consultationId, @Nullable String regionCode, @Nullable ModerationMode moderation,
        @Nullable Instant opensAt, @Nullable Instant closesAt, @Nullable List<String> seedStatements,
        @Nullable List<Long> invitees) {
}
