package org.gongshang.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One person's answers. In an anonymous survey there is nobody in it: no account, no name, no time
 * of day — the day only.
 *
 * @param accountId the respondent of a real-name survey, null when anonymous
 * @param respondentName the name they answered under, null when anonymous
 * @param submittedAt when, for real-name surveys answered online; null when anonymous or on paper
 * @param submittedOn the day answered, for paper the day the sheet was filled in
 * @param paper who entered it from a paper questionnaire, and when; null for an online answer
 */
public record SurveyResponse(UUID id, long surveyId, @Nullable Long accountId, @Nullable String respondentName,
        @Nullable Instant submittedAt, LocalDate submittedOn, List<Answer> answers, @Nullable PaperEntry paper) {

    public SurveyResponse {
        answers = List.copyOf(answers);
    }

    /** An online answer. */
    public SurveyResponse(UUID id, long surveyId, @Nullable Long accountId, @Nullable String respondentName,
            @Nullable Instant submittedAt, LocalDate submittedOn, List<Answer> answers) {
        this(id, surveyId, accountId, respondentName, submittedAt, submittedOn, answers, null);
    }

    /** Nobody named: neither an account nor a name written on paper. */
    public boolean isAnonymous() {
        return accountId == null && respondentName == null;
    }

    public ResponseChannel channel() {
        return paper == null ? ResponseChannel.ONLINE : ResponseChannel.PAPER;
    }

    public Optional<Answer> answerTo(long questionId) {
        return answers.stream().filter(answer -> answer.questionId() == questionId).findFirst();
    }
}
