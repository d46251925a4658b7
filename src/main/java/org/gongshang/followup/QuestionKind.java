package org.gongshang.followup;

/** The kinds of question a questionnaire may ask. */
public enum QuestionKind {
    SINGLE_CHOICE, MULTIPLE_CHOICE,
    /** A rating from 1 (worst) to 5 (best). */
    RATING,
    FREE_TEXT;

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
