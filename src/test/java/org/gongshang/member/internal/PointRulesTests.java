package org.gongshang.member.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.gongshang.member.DutyActivity;
import org.gongshang.member.DutySummary;
import org.gongshang.member.PointRule;
import org.gongshang.member.internal.YearTotals.Counted;
import org.junit.jupiter.api.Test;

/** Points of a year against the rules, and the SQL of capped points, without Spring. */
class PointRulesTests {

    static Map<DutyActivity, PointRule> rules(PointRule... set) {
        Map<DutyActivity, PointRule> rules = new EnumMap<>(DutyActivity.class);
        for (DutyActivity activity : DutyActivity.values()) {
            rules.put(activity, new PointRule(activity, null, 1, null, null));
        }
        for (PointRule rule : set) {
            rules.put(rule.activity(), rule);
        }
        return rules;
    }

    @Test
    void pointsOfAnActivityCountUpToItsYearlyCap() {
        Map<DutyActivity, Counted> tally = Map.of(DutyActivity.REPLY_RATED, new Counted(30, 30), DutyActivity.RECEPTION, new Counted(3, 6));

        DutySummary summary = YearTotals.summarise(1, 2026, tally,
                rules(new PointRule(DutyActivity.REPLY_RATED, LocalDate.of(2026, 1, 1), 1, 10, null)));

        assertThat(summary.total()).isEqualTo(16);
        assertThat(summary.lines()).contains(new DutySummary.Line(DutyActivity.REPLY_RATED, 30, 10),
                new DutySummary.Line(DutyActivity.RECEPTION, 3, 6));
    }

    @Test
    void aMinimumNotReachedIsMissingWithWhatIsDone() {
        DutySummary summary = YearTotals.summarise(1, 2026, Map.of(DutyActivity.CONSULTATION_ATTENDED, new Counted(1, 5)),
                rules(new PointRule(DutyActivity.CONSULTATION_ATTENDED, null, 5, null, 2),
                        new PointRule(DutyActivity.STATION_SHIFT, null, 4, null, 4)));

        assertThat(summary.missing()).containsExactly(new DutySummary.Missing(DutyActivity.CONSULTATION_ATTENDED, 1, 2),
                new DutySummary.Missing(DutyActivity.STATION_SHIFT, 0, 4));
    }

    @Test
    void aMinimumReachedIsNotMissingAndActivitiesWithoutRecordsAreNoLines() {
        DutySummary summary = YearTotals.summarise(1, 2026, Map.of(DutyActivity.CONSULTATION_ATTENDED, new Counted(2, 10)),
                rules(new PointRule(DutyActivity.CONSULTATION_ATTENDED, null, 5, null, 2)));

        assertThat(summary.missing()).isEmpty();
        assertThat(summary.lines()).hasSize(1);
    }

    @Test
    void theCappedPointsExpressionNamesOnlyCappedActivities() {
        String sql = RuleBook.cappedPoints(rules(new PointRule(DutyActivity.REPLY_RATED, null, 1, 10, null)), "t");

        assertThat(sql).isEqualTo("case t.activity when 'REPLY_RATED' then least(t.points, 10) else t.points end");
        assertThat(RuleBook.cappedPoints(rules(), "t")).isEqualTo("t.points");
    }
}
