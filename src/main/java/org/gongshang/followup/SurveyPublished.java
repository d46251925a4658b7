package org.gongshang.followup;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A questionnaire went out: to the invited accounts, and for a REGION survey to the region's
 * residents at large. The quality evaluation may count it as follow-up of the recommendation.
 */
public record SurveyPublished(long surveyId, String title, String regionCode, @Nullable Long recommendationId,
        @Nullable Long consultationId, @Nullable Long topicId, List<Long> invitedAccountIds) {

    public SurveyPublished {
        invitedAccountIds = List.copyOf(invitedAccountIds);
    }
}
