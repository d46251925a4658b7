package org.gongshang.member.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.gongshang.member.DutyActivity;
import org.gongshang.member.DutySummary;
import org.gongshang.member.PointRule;

/** A member's year from the tally and the year's rules: points capped per activity, and the minimums missed. Plain Java. */
public final class YearTotals {

    /** What the tally holds for one activity of a year. */
    public record Counted(int records, int points) {
    }

    private YearTotals() {
    }

    public static DutySummary summarise(long memberId, int year, Map<DutyActivity, Counted> tally, Map<DutyActivity, PointRule> rules) {
        List<DutySummary.Line> lines = new ArrayList<>();
        List<DutySummary.Missing> missing = new ArrayList<>();
        int total = 0;
        for (DutyActivity activity : DutyActivity.values()) {
            Counted counted = tally.getOrDefault(activity, new Counted(0, 0));
            PointRule rule = rules.get(activity);
            Integer cap = rule == null ? null : rule.yearlyCap();
            int points = cap == null ? counted.points() : Math.min(counted.points(), cap);
            if (counted.records() > 0) {
                lines.add(new DutySummary.Line(activity, counted.records(), points));
            }
            total += points;
            Integer minimum = rule == null ? null : rule.yearlyMinimum();
            if (minimum != null && counted.records() < minimum) {
                missing.add(new DutySummary.Missing(activity, counted.records(), minimum));
            }
        }
        return new DutySummary(memberId, year, lines, total, missing);
    }
}
