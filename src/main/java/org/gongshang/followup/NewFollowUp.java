package org.gongshang.followup;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A follow-up as staff or a member record it.
 *
 * @param regionCode where it happened; null takes the region of the first recommendation (else of
 *     the consultation, else of the topic)
 * @param recommendationIds the recommendations (协商成果) it followed up
 * @param consultationId and {@code topicId}: for a follow-up of a consultation or topic as a whole
 * @param surveyId the questionnaire of a SURVEY follow-up, if it was one of the platform's
 * @param participantAccountIds staff and members taking part (the recorder always does)
 * @param otherParticipants names of others taking part who have no account here
 */
public record NewFollowUp(@Nullable FollowUpKind kind, @Nullable String regionCode, @Nullable LocalDate happenedOn,
        @Nullable String place, @Nullable String findings, @Nullable List<Long> recommendationIds,
        @Nullable Long consultationId, @Nullable Long topicId, @Nullable Long surveyId,
        @Nullable List<Long> participantAccountIds, @Nullable List<String> otherParticipants) {
}
