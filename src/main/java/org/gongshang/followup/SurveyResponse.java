package org.gongshang.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One person's answers. In an anonymous survey there is nobody in it: no account, no name, no time
 * of day — the day only.
 *
 * @param accountId the respondent of a real-name survey, null when anonymous
 * @param respondentName the name they answered under, null when anonymous
 * @param submittedAt when, for real-name surveys; null when anonymous
 */
public record SurveyResponse(UUID id, long surveyId, @Nullable Long accountId, @Nullable String respondentName,
        @Nullable Instant submittedAt, LocalDate submittedOn, List<Answer> answers) {

    public SurveyResponse {
        answers = List.copyOf(answers);
    }

    public boolean isAnonymous() {
        return accountId == null;
    }

    public java.util.Optional<Answer> answerTo(long questionId) {
        return answers.stream().filter(answer -> answer.questionId() == questionId).findFirst();
    }
}
