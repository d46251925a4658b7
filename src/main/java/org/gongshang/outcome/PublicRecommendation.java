package org.gongshang.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A public recommendation as open data (公开数据): only what its public page shows, with names
 * instead of ids, and no person at all.
 *
 * @param latestGrade the grade code of the latest reply, null before the first
 * @param result the result of the latest rating round
 */
public record PublicRecommendation(long id, String text, RecommendationStatus status, int progress, String regionCode,
        String regionName, @Nullable String leadDepartment, List<String> coHandlingDepartments,
        @Nullable LocalDate transferredOn, @Nullable LocalDate dueDate, boolean overdue, int rehandlingRounds,
        @Nullable String latestGrade, @Nullable String latestReply, @Nullable Instant repliedAt,
        @Nullable SatisfactionResult result, @Nullable Long consultationId, @Nullable String consultationTitle,
        @Nullable Long topicId, @Nullable String topicTitle, @Nullable Instant closedAt) {

    public PublicRecommendation {
        coHandlingDepartments = List.copyOf(coHandlingDepartments);
    }
}
