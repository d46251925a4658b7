package org.gongshang.deliberation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * A show of hands on one statement at a meeting, as the facilitator counted it: the meeting, its day,
 * how many agreed, disagreed and passed (abstained), and a note (who counted, the minutes).
 */
public record NewGroupTally(@Nullable Long statementId, @Nullable String meeting, @Nullable LocalDate heldOn, int agrees,
        int disagrees, int passes, @Nullable String note) {

    public static final int MAX_COUNT = 100_000;
    public static final int MAX_MEETING = 200;
    public static final int MAX_NOTE = 1000;

    public NewGroupTally {
        meeting = Text.blankToNull(meeting);
        note = Text.blankToNull(note);
    }

    public int total() {
        return agrees + disagrees + passes;
    }

    /** What is wrong with it, every problem at its field; empty when nothing is. */
    public List<FieldProblem> problems(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (statementId == null) {
            problems.add(new FieldProblem("statementId", "deliberation.tally.statement-required"));
        }
        if (meeting == null || meeting.length() > MAX_MEETING) {
            problems.add(new FieldProblem("meeting", "deliberation.tally.meeting", MAX_MEETING));
        }
        if (heldOn == null) {
            problems.add(new FieldProblem("heldOn", "deliberation.tally.day-required"));
        } else if (heldOn.isAfter(today)) {
            problems.add(new FieldProblem("heldOn", "deliberation.tally.day-future"));
        }
        boolean inRange = inRange("agrees", agrees, problems) & inRange("disagrees", disagrees, problems)
                & inRange("passes", passes, problems);
        if (inRange && total() == 0) {
            problems.add(new FieldProblem("agrees", "deliberation.tally.none"));
        }
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "deliberation.tally.note-too-long", MAX_NOTE));
        }
        return problems;
    }

    private static boolean inRange(String field, int value, List<FieldProblem> problems) {
        if (value < 0 || value > MAX_COUNT) {
            problems.add(new FieldProblem(field, "deliberation.tally.count-range", MAX_COUNT));
            return false;
        }
        return true;
    }

    /** @throws DomainException INVALID with {@link #problems} */
    public void check(LocalDate today) {
        List<FieldProblem> problems = problems(today);
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
    }
}
