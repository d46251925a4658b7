package org.gongshang.member.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gongshang.member.DutyActivity;
import org.gongshang.member.MemberProperties;
import org.gongshang.member.PointRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A committee's point rules: the rows its staff set, each from its effective day, and the
 * configured defaults for activities without one. The rule of a day is the latest one effective
 * on it; the cap and minimum of a year are those of the rule in force on its last day.
 */
@Component
public class RuleBook {

    private final JdbcClient jdbc;
    private final MemberProperties properties;

    RuleBook(JdbcClient jdbc, MemberProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The configured default for an activity. */
    public PointRule defaultRule(DutyActivity activity) {
        return new PointRule(activity, null, properties.points().getOrDefault(activity, 0), properties.caps().get(activity),
                properties.minimums().get(activity));
    }

    /** Every rule the committee set, by activity and day. */
    public List<PointRule> history(long committeeId) {
        return jdbc.sql("""
                select activity, effective_from, points, yearly_cap, yearly_minimum from member_point_rule
                where committee_id = :committee order by activity, effective_from""")
                .param("committee", committeeId).query(PointRule.class).list();
    }

    /** The rule of each activity in force on a day. */
    public Map<DutyActivity, PointRule> inForce(long committeeId, LocalDate day) {
        Map<DutyActivity, PointRule> rules = new EnumMap<>(DutyActivity.class);
        for (DutyActivity activity : DutyActivity.values()) {
            rules.put(activity, defaultRule(activity));
        }
        jdbc.sql("""
                select distinct on (activity) activity, effective_from, points, yearly_cap, yearly_minimum from member_point_rule
                where committee_id = :committee and effective_from <= :day order by activity, effective_from desc""")
                .param("committee", committeeId).param("day", day).query(PointRule.class).list()
                .forEach(rule -> rules.put(rule.activity(), rule));
        return rules;
    }

    /** The rules a year is measured by: those in force on its last day. */
    public Map<DutyActivity, PointRule> ofYear(long committeeId, int year) {
        return inForce(committeeId, LocalDate.of(year, 12, 31));
    }

    /**
     * The points of each activity capped as the year's rules say, as an SQL expression over the
     * tally's {@code activity} and {@code points} columns. Only enum names and numbers go into it.
     */
    public static String cappedPoints(Map<DutyActivity, PointRule> rules, String alias) {
        StringBuilder sql = new StringBuilder("case ").append(alias).append(".activity");
        boolean any = false;
        for (PointRule rule : rules.values()) {
            if (rule.yearlyCap() != null) {
                sql.append(" when '").append(rule.activity().name()).append("' then least(").append(alias).append(".points, ")
                        .append(rule.yearlyCap().intValue()).append(")");
                any = true;
            }
        }
        return any ? sql.append(" else ").append(alias).append(".points end").toString() : alias + ".points";
    }
}
