package org.gongshang.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * Satisfaction collected offline, as staff enter it on the people's behalf (代录): either one person's
 * rating with their name, or the counts of a show of hands or of paper slips; always with the
 * occasion, its day and a note saying what the evidence is (sign-in sheet, slips kept by whom).
 *
 * @param respondentName the person's name for a rating per person; null for counts
 */
public record OfflineRatingEntry(@Nullable RatingOccasion occasion, @Nullable LocalDate heldOn, @Nullable String place,
        @Nullable String respondentName, int satisfied, int basicallySatisfied, int unsatisfied, @Nullable String note) {

    public static final int MAX_COUNT = 100_000;
    public static final int MAX_NAME = 50;
    public static final int MAX_PLACE = 200;
    public static final int MAX_NOTE = 1000;

    public OfflineRatingEntry {
        place = Text.blankToNull(place);
        respondentName = Text.blankToNull(respondentName);
        note = Text.blankToNull(note);
    }

    /** One person's rating, with their name. */
    public static OfflineRatingEntry person(RatingOccasion occasion, LocalDate heldOn, @Nullable String place, String name,
            Satisfaction rating, String note) {
        return new OfflineRatingEntry(occasion, heldOn, place, name, rating == Satisfaction.SATISFIED ? 1 : 0,
                rating == Satisfaction.BASICALLY_SATISFIED ? 1 : 0, rating == Satisfaction.UNSATISFIED ? 1 : 0, note);
    }

    public int total() {
        return satisfied + basicallySatisfied + unsatisfied;
    }

    /**
     * @throws DomainException INVALID with every problem: occasion or day missing, a day after today,
     *     counts below zero or above {@value #MAX_COUNT}, none at all, a named entry of more than one
     *     rating, texts too long, no note
     */
    public void check(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (occasion == null) {
            problems.add(new FieldProblem("occasion", "outcome.offline.occasion-required"));
        }
        if (heldOn == null) {
            problems.add(new FieldProblem("heldOn", "outcome.offline.day-required"));
        } else if (heldOn.isAfter(today)) {
            problems.add(new FieldProblem("heldOn", "outcome.offline.day-future"));
        }
        count("satisfied", satisfied, problems);
        count("basicallySatisfied", basicallySatisfied, problems);
        count("unsatisfied", unsatisfied, problems);
        if (problems.stream().noneMatch(p -> p.messageKey().equals("outcome.offline.count-range"))) {
            if (total() == 0) {
                problems.add(new FieldProblem("satisfied", "outcome.offline.none"));
            } else if (respondentName != null && total() != 1) {
                problems.add(new FieldProblem("respondentName", "outcome.offline.one-per-person"));
            }
        }
        length("respondentName", respondentName, MAX_NAME, problems);
        length("place", place, MAX_PLACE, problems);
        if (note == null) {
            problems.add(new FieldProblem("note", "outcome.offline.note-required"));
        }
        length("note", note, MAX_NOTE, problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
    }

    private static void count(String field, int value, List<FieldProblem> problems) {
        if (value < 0 || value > MAX_COUNT) {
            problems.add(new FieldProblem(field, "outcome.offline.count-range", MAX_COUNT));
        }
    }

    private static void length(String field, @Nullable String value, int max, List<FieldProblem> problems) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "outcome.text.invalid", max));
        }
    }
}
