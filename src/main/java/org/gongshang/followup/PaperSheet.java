package org.gongshang.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What staff copy from a paper questionnaire besides the answers: the name the person wrote (only
 * in a real-name survey), the sheet's number (so that the same sheet is not entered twice) and the
 * day it was filled in (today when not given).
 */
public record PaperSheet(@Nullable String respondentName, @Nullable String sheetNumber, @Nullable LocalDate filledOn) {

    public static final int MAX_NAME = 100;
    public static final int MAX_SHEET_NUMBER = 40;

    public PaperSheet {
        respondentName = blankToNull(respondentName);
        sheetNumber = blankToNull(sheetNumber);
    }

    /**
     * @throws DomainException INVALID at {@code respondentName} for a name in an anonymous survey or
     *     none in a real-name one, or too long; at {@code sheetNumber} when too long; at
     *     {@code filledOn} for a day after today
     */
    public void checkFor(Survey survey, LocalDate today) {
        List<FieldProblem> problems = problemsFor(survey, today);
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
    }

    /** What {@link #checkFor} refuses, to be reported together with the answers' problems. */
    public List<FieldProblem> problemsFor(Survey survey, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (survey.anonymous() && respondentName != null) {
            problems.add(new FieldProblem("respondentName", "followup.paper.name-anonymous"));
        } else if (!survey.anonymous() && respondentName == null) {
            problems.add(new FieldProblem("respondentName", "followup.paper.name-required"));
        } else if (respondentName != null && respondentName.length() > MAX_NAME) {
            problems.add(new FieldProblem("respondentName", "followup.paper.name-too-long", MAX_NAME));
        }
        if (sheetNumber != null && sheetNumber.length() > MAX_SHEET_NUMBER) {
            problems.add(new FieldProblem("sheetNumber", "followup.paper.sheet-too-long", MAX_SHEET_NUMBER));
        }
        if (filledOn != null && filledOn.isAfter(today)) {
            problems.add(new FieldProblem("filledOn", "followup.paper.filled-future"));
        }
        return problems;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
