package org.gongshang.outcome.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongshang.outcome.Assignment;
import org.gongshang.outcome.EscalationLevel;
import org.gongshang.outcome.Recommendation;
import org.gongshang.outcome.RecommendationSource;
import org.gongshang.outcome.RecommendationStatus;
import org.gongshang.outcome.SatisfactionResult;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Recommendations and their co-handlers, in plain SQL. */
@Repository
public class RecommendationStore {

    private static final String SELECT = """
            select r.*, array(select organization_id from outcome_co_handler c where c.recommendation_id = r.id
                              order by c.position) as co_organization_ids
            from outcome_recommendation r""";

    private final JdbcClient jdbc;
    private final OutcomeRollup rollup;

    RecommendationStore(JdbcClient jdbc, OutcomeRollup rollup) {
        this.jdbc = jdbc;
        this.rollup = rollup;
    }

    public record NewRow(String text, RecommendationSource source, @Nullable Long consultationId,
            @Nullable Long consensusItemId, @Nullable Long topicId, String regionCode, boolean isPublic,
            @Nullable Long createdBy, Instant createdAt) {
    }

    /** The new id, or empty when a recommendation of the same consensus item exists already. */
    public Optional<Long> insert(NewRow row) {
        return jdbc.sql("""
                insert into outcome_recommendation (text, source, consultation_id, consensus_item_id, topic_id, region_code,
                    is_public, status, created_by, created_at, updated_at)
                values (:text, :source, :consultation, :item, :topic, :region, :public, 'DRAFT', :by, :at, :at)
                on conflict (consensus_item_id) do nothing
                returning id""")
                .param("text", row.text()).param("source", row.source().name()).param("consultation", row.consultationId())
                .param("item", row.consensusItemId()).param("topic", row.topicId()).param("region", row.regionCode())
                .param("public", row.isPublic()).param("by", row.createdBy()).param("at", Rows.timestamp(row.createdAt()))
                .query(Long.class).optional();
    }

    public Optional<Recommendation> find(long id) {
        return jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(RecommendationStore::map).optional();
    }

    /** Reads and locks the row until the transaction ends, so that two acts on one recommendation take turns. */
    public Optional<Recommendation> lock(long id) {
        return jdbc.sql(SELECT + " where r.id = :id for update of r").param("id", id).query(RecommendationStore::map).optional();
    }

    /** Reads and share-locks the row: many may rate at once, but not while a window closes. */
    public Optional<Recommendation> lockShared(long id) {
        return jdbc.sql(SELECT + " where r.id = :id for share of r").param("id", id).query(RecommendationStore::map).optional();
    }

    public List<Recommendation> ofConsultation(long consultationId) {
        return jdbc.sql(SELECT + " where r.consultation_id = :id order by r.id").param("id", consultationId)
                .query(RecommendationStore::map).list();
    }

    public void save(Recommendation recommendation, Instant at) {
        Recommendation.State s = recommendation.state();
        Assignment a = s.assignment();
        OutcomeRollup.Handled before = jdbc.sql(
                        "select status, lead_organization_id, due_on from outcome_recommendation where id = :id for update")
                .param("id", s.id()).query((rs, row) -> new OutcomeRollup.Handled(RecommendationStatus.valueOf(rs.getString("status")),
                        Rows.nullableLong(rs, "lead_organization_id"), rs.getObject("due_on", LocalDate.class))).single();
        jdbc.sql("""
                update outcome_recommendation set status = :status, lead_organization_id = :lead, transferred_on = :transferredOn,
                    working_days = :workingDays, due_on = :dueOn, sign_due_on = :signDueOn, dispute_due_on = :disputeDueOn,
                    co_opinion_due_on = :coDueOn, accepted_at = :acceptedAt, deadline_round = :deadlineRound,
                    rehandling_rounds = :rehandlingRounds, rating_closes_on = :ratingClosesOn, result = :result,
                    escalation = :escalation, progress_percent = :percent, signed_off_by = :signedOffBy,
                    signed_off_at = :signedOffAt, closed_at = :closedAt, updated_at = :at
                where id = :id""")
                .param("status", s.status().name()).param("lead", a == null ? null : a.leadOrganizationId())
                .param("transferredOn", a == null ? null : a.transferredOn()).param("workingDays", a == null ? null : a.workingDays())
                .param("dueOn", a == null ? null : a.dueOn()).param("signDueOn", a == null ? null : a.signDueOn())
                .param("disputeDueOn", a == null ? null : a.disputeDueOn()).param("coDueOn", a == null ? null : a.coOpinionDueOn())
                .param("acceptedAt", Rows.timestamp(s.acceptedAt())).param("deadlineRound", s.deadlineRound())
                .param("rehandlingRounds", s.rehandlingRounds()).param("ratingClosesOn", s.ratingClosesOn())
                .param("result", s.result() == null ? null : s.result().name()).param("escalation", s.escalation().name())
                .param("percent", s.progressPercent()).param("signedOffBy", s.signedOffBy())
                .param("signedOffAt", Rows.timestamp(s.signedOffAt())).param("closedAt", Rows.timestamp(s.closedAt()))
                .param("at", Rows.timestamp(at)).param("id", s.id()).update();
        rollup.moved(s.regionCode(), before, new OutcomeRollup.Handled(s.status(), a == null ? null : a.leadOrganizationId(),
                a == null ? null : a.dueOn()));
        List<Long> current = a == null ? List.of() : a.coOrganizationIds();
        jdbc.sql("delete from outcome_co_handler where recommendation_id = :id").param("id", s.id()).update();
        for (int i = 0; i < current.size(); i++) {
            jdbc.sql("insert into outcome_co_handler (recommendation_id, organization_id, position) values (:id, :org, :pos)")
                    .param("id", s.id()).param("org", current.get(i)).param("pos", i).update();
        }
    }

    /** Which recommendations a list shows; null parts do not filter. */
    public record Filter(@Nullable Collection<String> regionCodes, @Nullable Collection<Long> handlingOrganizationIds,
            boolean publicOnly, @Nullable Long organizationId, @Nullable Collection<RecommendationStatus> statuses,
            @Nullable Integer year, @Nullable LocalDate overdueOn, @Nullable LocalDate dueBy) {
    }

    public List<Recommendation> list(Filter filter, int offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        // The public reads the newest first; staff and departments work by the nearest deadline.
        // The public order is the expression of outcome_recommendation_public_idx (V10.2), word for word.
        String order = filter.publicOnly()
                ? " order by coalesce(r.transferred_on, (r.created_at at time zone 'Asia/Shanghai')::date) desc, r.id desc"
                : " order by coalesce(r.due_on, date '9999-12-31'), r.id desc";
        return jdbc.sql(SELECT + where + order + " limit :limit offset :offset")
                .params(params).param("limit", limit).param("offset", offset).query(RecommendationStore::map).list();
    }

    public int count(Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select count(*) from outcome_recommendation r" + where(filter, params)).params(params)
                .query(Integer.class).single();
    }

    /**
     * What the reminder job looks at: being handled and due by the day (or overdue), or transferred
     * and not signed for by its signing deadline, however far its reply is due.
     */
    public List<Recommendation> needingReminders(LocalDate dueBy, LocalDate today) {
        return jdbc.sql(SELECT + " " + """
                 where r.status in ('TRANSFERRED', 'ACCEPTED', 'IN_PROGRESS', 'EXTENDED', 'REHANDLING')
                   and (r.due_on <= :dueBy or (r.status = 'TRANSFERRED' and r.sign_due_on < :today))
                 order by r.id""")
                .param("dueBy", dueBy).param("today", today).query(RecommendationStore::map).list();
    }

    public List<Recommendation> ratingWindowsClosedBefore(LocalDate day) {
        return jdbc.sql(SELECT + " where r.status = 'REPLIED' and r.rating_closes_on < :day order by r.id").param("day", day)
                .query(RecommendationStore::map).list();
    }

    /** The years in which recommendations were transferred or made, newest first, for the year filter. */
    public List<Integer> years() {
        return jdbc.sql("""
                select distinct extract(year from coalesce(transferred_on, created_at::date))::int as y
                from outcome_recommendation order by y desc""").query(Integer.class).list();
    }

    private static String where(Filter filter, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.regionCodes() != null) {
            if (filter.regionCodes().isEmpty()) {
                conditions.add("false");
            } else {
                conditions.add("r.region_code in (:regions)");
                params.put("regions", filter.regionCodes());
            }
        }
        if (filter.handlingOrganizationIds() != null) {
            if (filter.handlingOrganizationIds().isEmpty()) {
                conditions.add("false");
            } else {
                conditions.add("(r.lead_organization_id in (:handlers) or exists (select 1 from outcome_co_handler c "
                        + "where c.recommendation_id = r.id and c.organization_id in (:handlers)))");
                params.put("handlers", filter.handlingOrganizationIds());
            }
        }
        if (filter.publicOnly()) {
            conditions.add("r.is_public and r.lead_organization_id is not null and r.status not in ('DRAFT', 'SIGNED_OFF')");
        }
        if (filter.organizationId() != null) {
            conditions.add("(r.lead_organization_id = :org or exists (select 1 from outcome_co_handler c "
                    + "where c.recommendation_id = r.id and c.organization_id = :org))");
            params.put("org", filter.organizationId());
        }
        if (filter.statuses() != null) {
            conditions.add("r.status in (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.year() != null) {
            conditions.add("extract(year from coalesce(r.transferred_on, r.created_at::date)) = :year");
            params.put("year", filter.year());
        }
        if (filter.overdueOn() != null) {
            conditions.add("r.status in ('TRANSFERRED', 'ACCEPTED', 'IN_PROGRESS', 'EXTENDED', 'REHANDLING') and r.due_on < :today");
            params.put("today", filter.overdueOn());
        }
        if (filter.dueBy() != null) {
            conditions.add("r.due_on <= :dueBy");
            params.put("dueBy", filter.dueBy());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    static Recommendation map(ResultSet rs, int row) throws SQLException {
        Long lead = Rows.nullableLong(rs, "lead_organization_id");
        Assignment assignment = lead == null ? null : new Assignment(lead, Rows.longs(rs, "co_organization_ids"),
                rs.getObject("transferred_on", LocalDate.class), rs.getInt("working_days"), rs.getObject("due_on", LocalDate.class),
                rs.getObject("sign_due_on", LocalDate.class), rs.getObject("dispute_due_on", LocalDate.class),
                rs.getObject("co_opinion_due_on", LocalDate.class));
        String result = rs.getString("result");
        return new Recommendation(new Recommendation.State(rs.getLong("id"), rs.getString("text"),
                RecommendationSource.valueOf(rs.getString("source")), Rows.nullableLong(rs, "consultation_id"),
                Rows.nullableLong(rs, "topic_id"), rs.getString("region_code"), rs.getBoolean("is_public"),
                RecommendationStatus.valueOf(rs.getString("status")), assignment, Rows.instant(rs, "accepted_at"),
                rs.getInt("deadline_round"), rs.getInt("rehandling_rounds"), rs.getObject("rating_closes_on", LocalDate.class),
                result == null ? null : SatisfactionResult.valueOf(result), EscalationLevel.valueOf(rs.getString("escalation")),
                rs.getObject("progress_percent", Integer.class), Rows.nullableLong(rs, "signed_off_by"),
                Rows.instant(rs, "signed_off_at"), Rows.nullableLong(rs, "created_by"), Rows.requiredInstant(rs, "created_at"),
                Rows.instant(rs, "closed_at")));
    }
}
