package org.gongshang.followup;

import java.util.List;

/**
 * A question of a questionnaire, in its place.
 *
 * @param choices the options of a choice question, in order; empty for ratings and free text
 */
public record Question(long id, int position, QuestionKind kind, String text, boolean required, List<Choice> choices) {

    public Question {
        choices = List.copyOf(choices);
    }

    public boolean hasChoice(long choiceId) {
        return choices.stream().anyMatch(choice -> choice.id() == choiceId);
    }
}
