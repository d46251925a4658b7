package org.gongshang.outcome.internal;

import java.util.List;

import org.gongshang.outcome.OutcomeProperties;
import org.gongshang.outcome.ReplyGrade;
import org.gongshang.outcome.ReplyGradeKind;
import org.gongshang.shared.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts the outcome roll-ups from the records when they are empty at start-up: the first start of the
 * version that added them, or after an operator truncated them. Transfers are counted from the history,
 * replies from the replies (on time against the deadline the recommendation has now), results from the
 * rating rounds; all for the lead department it has now.
 */
@Component
class OutcomeRollupProvision {

    private static final Logger log = LoggerFactory.getLogger(OutcomeRollupProvision.class);

    private final JdbcClient jdbc;
    private final OutcomeRollup rollup;
    private final OutcomeProperties properties;
    private final TransactionTemplate transaction;

    OutcomeRollupProvision(JdbcClient jdbc, OutcomeRollup rollup, OutcomeProperties properties, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.rollup = rollup;
        this.properties = properties;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillWhenEmpty() {
        long started = System.nanoTime();
        if (Boolean.TRUE.equals(transaction.execute(status -> rebuildIfEmpty()))) {
            log.info("outcome roll-ups counted from the records in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** False when the roll-ups had rows (nothing done). Runs in the caller's transaction. */
    boolean rebuildIfEmpty() {
        jdbc.sql("lock table outcome_rollup, outcome_open_rollup in share row exclusive mode").update();
        if (jdbc.sql("select exists (select 1 from outcome_rollup) or exists (select 1 from outcome_open_rollup)")
                .query(Boolean.class).single()) {
            return false;
        }
        recount();
        return true;
    }

    /**
     * Empties the roll-ups and counts them from the records: for the demo data, written through the
     * stores with histories in the past rather than through the acts.
     */
    void recountDemo() {
        transaction.executeWithoutResult(status -> recount());
    }

    private void recount() {
        jdbc.sql("lock table outcome_rollup, outcome_open_rollup in share row exclusive mode").update();
        jdbc.sql("delete from outcome_rollup").update();
        jdbc.sql("delete from outcome_open_rollup").update();
        List<String> codes = jdbc.sql("select distinct region_code from outcome_recommendation").query(String.class).list();
        String[] districts = codes.stream().map(rollup::district).toArray(String[]::new);
        String districtOf = " join unnest(cast(:codes as text[]), cast(:districts as text[])) as d(code, district) on d.code = r.region_code";
        jdbc.sql("insert into outcome_open_rollup (due_on, district_code, organization_id, recommendations)"
                        + " select r.due_on, d.district, r.lead_organization_id, count(*) from outcome_recommendation r" + districtOf
                        + " where r.status in ('TRANSFERRED', 'ACCEPTED', 'IN_PROGRESS', 'EXTENDED', 'REHANDLING')"
                        + " and r.lead_organization_id is not null and r.due_on is not null group by 1, 2, 3")
                .param("codes", codes.toArray(String[]::new)).param("districts", districts).update();
        jdbc.sql("""
                insert into outcome_rollup (month, district_code, organization_id, transferred, replied_on_time, replied_late,
                    solved, being_solved, for_reference, satisfied, basically_satisfied, unsatisfied, not_rated)
                select cast(date_trunc('month', f.at at time zone :zone) as date), d.district, f.organization_id,
                       sum(f.transferred), sum(f.on_time), sum(f.late), sum(f.solved), sum(f.being), sum(f.reference),
                       sum(f.satisfied), sum(f.basically), sum(f.unsatisfied), sum(f.not_rated)
                from (
                    select t.at, r.region_code, r.lead_organization_id as organization_id, 1 as transferred, 0 as on_time, 0 as late,
                           0 as solved, 0 as being, 0 as reference, 0 as satisfied, 0 as basically, 0 as unsatisfied, 0 as not_rated
                    from outcome_transition t join outcome_recommendation r on r.id = t.recommendation_id
                    where t.to_status = 'TRANSFERRED' and r.lead_organization_id is not null
                    union all
                    select p.at, r.region_code, p.organization_id, 0,
                           case when cast(p.at at time zone :zone as date) <= r.due_on then 1 else 0 end,
                           case when cast(p.at at time zone :zone as date) <= r.due_on then 0 else 1 end,
                           case when p.grade = any(:solved) then 1 else 0 end, case when p.grade = any(:being) then 1 else 0 end,
                           case when p.grade = any(:reference) then 1 else 0 end, 0, 0, 0, 0
                    from outcome_reply p join outcome_recommendation r on r.id = p.recommendation_id
                    union all
                    select x.closed_at, r.region_code, r.lead_organization_id, 0, 0, 0, 0, 0, 0,
                           case when x.result = 'SATISFIED' then 1 else 0 end, case when x.result = 'BASICALLY_SATISFIED' then 1 else 0 end,
                           case when x.result = 'UNSATISFIED' then 1 else 0 end, case when x.result = 'NOT_RATED' then 1 else 0 end
                    from outcome_rating_result x join outcome_recommendation r on r.id = x.recommendation_id
                    where r.lead_organization_id is not null
                ) f join unnest(cast(:codes as text[]), cast(:districts as text[])) as d(code, district) on d.code = f.region_code
                group by 1, 2, 3""")
                .param("zone", Zones.platform().getId()).param("codes", codes.toArray(String[]::new)).param("districts", districts)
                .param("solved", codes(ReplyGradeKind.SOLVED)).param("being", codes(ReplyGradeKind.BEING_SOLVED))
                .param("reference", codes(ReplyGradeKind.FOR_REFERENCE))
                .update();
    }

    private String[] codes(ReplyGradeKind kind) {
        return properties.grades().stream().filter(grade -> grade.kind() == kind).map(ReplyGrade::code).toArray(String[]::new);
    }
}
