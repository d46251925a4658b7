package org.gongshang.followup;

/**
 * What the answer page shows a person: the survey, whether it takes answers now, and where they stand.
 *
 * @param asked invited, or living in the region of a survey open to it: they may answer
 * @param answered they answered already (found by their respondent key, also in anonymous surveys)
 * @param manager staff of the survey's region: they see its results
 */
public record AnswerSheet(Survey survey, Availability availability, boolean asked, boolean answered, boolean manager) {

    /** Whether the form is shown. */
    public boolean mayAnswer() {
        return asked && !answered && availability == Availability.OPEN;
    }
}
