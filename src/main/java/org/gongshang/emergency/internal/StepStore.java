package org.gongshang.emergency.internal;

import java.time.Instant;
import java.util.List;

import org.gongshang.emergency.StepKind;
import org.gongshang.shared.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each event's timeline, kept for evaluation. */
@Repository
public class StepStore {

    /** A step as kept; the read side adds the name of who took it. */
    public record StepRow(long emergencyId, StepKind kind, Instant at, @Nullable Long actorId, @Nullable String detail,
            @Nullable Long reference) {
    }

    private final JdbcClient jdbc;

    StepStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long emergencyId, StepKind kind, Instant at, @Nullable Long actorId, @Nullable String detail,
            @Nullable Long reference) {
        jdbc.sql("""
                insert into emergency_step (emergency_id, kind, at, actor_id, detail, reference)
                values (:emergency, :kind, :at, :actor, :detail, :reference)""")
                .param("emergency", emergencyId).param("kind", kind.name()).param("at", Rows.timestamp(at))
                .param("actor", actorId).param("detail", detail).param("reference", reference).update();
    }

    /** In the order they happened. */
    public List<StepRow> of(long emergencyId) {
        return jdbc.sql("""
                select emergency_id, kind, at, actor_id, detail, reference from emergency_step
                where emergency_id = :emergency order by at, id""")
                .param("emergency", emergencyId).query(StepRow.class).list();
    }

    /** The steps of several events, in the order they happened: a topic's timeline shows all its events. */
    public List<StepRow> of(List<Long> emergencyIds) {
        if (emergencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select emergency_id, kind, at, actor_id, detail, reference from emergency_step
                where emergency_id in (:emergencies) order by at, id""")
                .param("emergencies", emergencyIds).query(StepRow.class).list();
    }
}
