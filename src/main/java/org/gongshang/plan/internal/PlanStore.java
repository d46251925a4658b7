package org.gongshang.plan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.gongshang.plan.PlanHistoryEntry.Step;
import org.gongshang.plan.PlanKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plans (organisation and year) and the steps of their history, in plain SQL. */
@Repository
public class PlanStore {

    /** A step of the history as stored; the service adds the actor's name. */
    public record HistoryRow(int version, Step step, long actorId, Instant at, @Nullable String comment) {
    }

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long organizationId, String regionCode, PlanKind kind, int year, long by, Instant at) {
        return jdbc.sql("""
                insert into consultation_plan (organization_id, region_code, kind, year, created_by, created_at)
                values (:organization, :region, :kind, :year, :by, :at)
                returning id""")
                .param("organization", organizationId).param("region", regionCode).param("kind", kind.name())
                .param("year", year).param("by", by).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    public Optional<ConsultationPlan> find(long id) {
        return jdbc.sql("select * from consultation_plan where id = :id").param("id", id).query(PlanStore::map).optional();
    }

    /** The plan row locked until the end of the transaction: changes to one plan happen one after the other. */
    public Optional<ConsultationPlan> findForUpdate(long id) {
        return jdbc.sql("select * from consultation_plan where id = :id for update").param("id", id)
                .query(PlanStore::map).optional();
    }

    public boolean exists(long organizationId, int year) {
        return jdbc.sql("select count(*) from consultation_plan where organization_id = :organization and year = :year")
                .param("organization", organizationId).param("year", year).query(Long.class).single() > 0;
    }

    /** Plans filtered by organisation, year and regions (null: any), newest year first. */
    public List<ConsultationPlan> list(@Nullable Long organizationId, @Nullable Integer year,
            @Nullable Collection<String> regionCodes) {
        return jdbc.sql("""
                select * from consultation_plan
                where (cast(:organization as bigint) is null or organization_id = :organization)
                  and (cast(:year as integer) is null or year = :year)
                  and (cast(:regions as text[]) is null or region_code = any(cast(:regions as text[])))
                order by year desc, id desc""")
                .param("organization", organizationId).param("year", year)
                .param("regions", regionCodes == null ? null : regionCodes.toArray(String[]::new))
                .query(PlanStore::map).list();
    }

    public void addHistory(long planId, int version, Step step, long actorId, Instant at, @Nullable String comment) {
        jdbc.sql("""
                insert into plan_history (plan_id, version, step, actor_id, at, comment)
                values (:plan, :version, :step, :actor, :at, :comment)""")
                .param("plan", planId).param("version", version).param("step", step.name()).param("actor", actorId)
                .param("at", Timestamp.from(at)).param("comment", comment).update();
    }

    public List<HistoryRow> history(long planId) {
        return jdbc.sql("select * from plan_history where plan_id = :plan order by id").param("plan", planId)
                .query((rs, n) -> new HistoryRow(rs.getInt("version"), Step.valueOf(rs.getString("step")),
                        rs.getLong("actor_id"), rs.getTimestamp("at").toInstant(), rs.getString("comment")))
                .list();
    }

    private static ConsultationPlan map(ResultSet rs, int row) throws SQLException {
        return new ConsultationPlan(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("region_code"),
                PlanKind.valueOf(rs.getString("kind")), rs.getInt("year"), rs.getLong("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
