package org.gongshang.deliberation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A deliberation as pages, the API and other modules see it.
 *
 * @param statements statements shown to participants
 * @param participants people (and imported placeholders) who voted or wrote
 * @param votes current votes
 */
public record DeliberationView(long id, String question, String description, String regionCode, @Nullable Long topicId,
        @Nullable Long consultationId, ModerationMode moderation, Instant opensAt, Instant closesAt,
        DeliberationStatus status, long createdBy, Instant createdAt, int statements, int participants, long votes) {
}
