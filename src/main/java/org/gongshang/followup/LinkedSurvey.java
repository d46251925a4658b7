package org.gongshang.followup;

import org.jspecify.annotations.Nullable;

/**
 * A questionnaire as the quality evaluation counts it: how many answered, and the mean of all answers
 * to its rating questions (1–5). Counts only: nobody's answer.
 *
 * @param ratingAnswers answers to rating questions, over all of them
 * @param ratingAverage their mean, null without any
 */
public record LinkedSurvey(long id, String title, SurveyStatus status, int responses, int ratingAnswers,
        @Nullable Double ratingAverage) {
}
