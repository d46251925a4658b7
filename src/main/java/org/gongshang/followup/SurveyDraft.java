package org.gongshang.followup;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A questionnaire's details as staff enter them; its questions come separately.
 *
 * @param regionCode whose staff manage it and, for {@link SurveyAudience#REGION}, whose residents may answer;
 *     null takes the region of what it is linked to
 * @param opensAt when answers are first taken; null means on publication
 * @param closesAt when answers are no longer taken; null means until staff close it
 * @param recommendationId the recommendation (协商成果) it follows up, if any
 * @param consultationId the consultation whose participants are asked, if any
 * @param topicId the topic whose submitter and co-signers are asked, if any
 */
public record SurveyDraft(@Nullable String title, @Nullable String intro, @Nullable String regionCode,
        @Nullable Boolean anonymous, @Nullable SurveyAudience audience, @Nullable Instant opensAt,
        @Nullable Instant closesAt, @Nullable Long recommendationId, @Nullable Long consultationId,
        @Nullable Long topicId) {
}
