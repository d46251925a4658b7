package org.gongshang.followup;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One person's answer to one question: the chosen choices, a rating from 1 to 5 or a text,
 * whichever the question asks for.
 */
public record Answer(long questionId, @Nullable List<Long> choiceIds, @Nullable Integer rating, @Nullable String text) {

    public Answer {
        choiceIds = choiceIds == null ? null : List.copyOf(choiceIds);
    }

    public static Answer choices(long questionId, List<Long> choiceIds) {
        return new Answer(questionId, choiceIds, null, null);
    }

    public static Answer rating(long questionId, int rating) {
        return new Answer(questionId, null, rating, null);
    }

    public static Answer text(long questionId, String text) {
        return new Answer(questionId, null, null, text);
    }

    public List<Long> chosen() {
        return choiceIds == null ? List.of() : choiceIds;
    }
}
