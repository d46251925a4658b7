package org.gongshang.followup;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The result of one question. Shares are of those who answered the question (so the shares of a
 * multiple-choice question may add up to more than 100 %).
 *
 * @param answered how many responses answered it
 * @param choices counts per choice, in the question's order (choice questions)
 * @param ratingAverage the mean rating, two decimals; null for other kinds or without ratings
 * @param ratings counts per rating 1 to 5 (rating questions)
 * @param texts the free-text answers, oldest first (free-text questions)
 */
public record QuestionResult(long questionId, int position, QuestionKind kind, String text, boolean required,
        int answered, List<ChoiceCount> choices, @Nullable Double ratingAverage, List<RatingCount> ratings,
        List<String> texts) {

    public QuestionResult {
        choices = List.copyOf(choices);
        ratings = List.copyOf(ratings);
        texts = List.copyOf(texts);
    }

    /** @param percent of those who answered the question, one decimal */
    public record ChoiceCount(long choiceId, String text, int count, double percent) {
    }

    /** @param percent of those who rated, one decimal */
    public record RatingCount(int rating, int count, double percent) {
    }
}
