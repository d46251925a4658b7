package org.gongshang.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.member.internal.DutyStore;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.member.internal.RuleBook;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.Zones;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff changing their committee's point rule for an activity: from an effective day in the
 * current year or later (past years stay as they were counted), the records from that day on get
 * the new points and the tallies of the years touched are rebuilt, in one transaction.
 */
@Service
public class PointRuleChange {

    public static final int MAX_POINTS = 1000;
    public static final int MAX_LIMIT = 10_000;

    private final DutyStore store;
    private final RuleBook rules;
    private final MemberAccess access;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PointRuleChange(DutyStore store, RuleBook rules, MemberAccess access, JdbcClient jdbc, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.rules = rules;
        this.access = access;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @return the records whose points were recomputed
     * @throws DomainException INVALID with a problem per field, FORBIDDEN outside the staff's region
     */
    @Transactional
    public int set(long committeeId, @Nullable DutyActivity activity, @Nullable LocalDate effectiveFrom, @Nullable Integer points,
            @Nullable Integer yearlyCap, @Nullable Integer yearlyMinimum, Actor actor) {
        access.requireStaffOf(actor, committeeId);
        LocalDate firstOfYear = LocalDate.now(clock.withZone(Zones.platform())).withDayOfYear(1);
        List<FieldProblem> problems = new ArrayList<>();
        if (activity == null) {
            problems.add(new FieldProblem("activity", "member.rule.activity"));
        }
        if (effectiveFrom == null || effectiveFrom.isBefore(firstOfYear) || effectiveFrom.getYear() > firstOfYear.getYear() + 1) {
            problems.add(new FieldProblem("effectiveFrom", "member.rule.effective", firstOfYear));
        }
        if (points == null || points < 0 || points > MAX_POINTS) {
            problems.add(new FieldProblem("points", "member.rule.points", MAX_POINTS));
        }
        if (yearlyCap != null && (yearlyCap < 0 || yearlyCap > MAX_LIMIT)) {
            problems.add(new FieldProblem("yearlyCap", "member.rule.limit", MAX_LIMIT));
        }
        if (yearlyMinimum != null && (yearlyMinimum < 0 || yearlyMinimum > MAX_LIMIT)) {
            problems.add(new FieldProblem("yearlyMinimum", "member.rule.limit", MAX_LIMIT));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        jdbc.sql("""
                insert into member_point_rule (committee_id, activity, effective_from, points, yearly_cap, yearly_minimum, created_by)
                values (:committee, :activity, :from, :points, :cap, :minimum, :by)
                on conflict (committee_id, activity, effective_from) do update set points = excluded.points,
                    yearly_cap = excluded.yearly_cap, yearly_minimum = excluded.yearly_minimum, created_by = excluded.created_by,
                    created_at = now()""")
                .param("committee", committeeId).param("activity", activity.name()).param("from", effectiveFrom).param("points", points)
                .param("cap", yearlyCap).param("minimum", yearlyMinimum).param("by", actor.accountId()).update();
        int recomputed = store.recompute(committeeId, activity, effectiveFrom, rules.defaultRule(activity).points());
        events.publishEvent(AuditRecord.of("member.rule-set", actor.accountId(), "committee", committeeId)
                .with("activity", activity).with("from", effectiveFrom).with("points", points).with("cap", yearlyCap)
                .with("minimum", yearlyMinimum).with("recomputed", recomputed));
        return recomputed;
    }
}
