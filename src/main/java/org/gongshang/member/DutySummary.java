package org.gongshang.member;

import java.util.List;

/**
 * A member's year: per activity the records and points (capped as the rule says), the total, and
 * what is still missing against the minimums.
 */
public record DutySummary(long memberId, int year, List<Line> lines, int total, List<Missing> missing) {

    public DutySummary {
        lines = List.copyOf(lines);
        missing = List.copyOf(missing);
    }

    public record Line(DutyActivity activity, int records, int points) {
    }

    public record Missing(DutyActivity activity, int records, int minimum) {
    }
}
