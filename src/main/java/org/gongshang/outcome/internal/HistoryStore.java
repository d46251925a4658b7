package org.gongshang.outcome.internal;

import java.time.Instant;
import java.util.List;

import org.gongshang.outcome.RecommendationStatus;
import org.gongshang.outcome.StatusChange;
import org.gongshang.outcome.Transition;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The transition history of recommendations: append only. */
@Repository("outcomeHistoryStore")
public class HistoryStore {

    private final JdbcClient jdbc;

    HistoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long recommendationId, Transition transition, @Nullable Long actorId, Instant at, int handlingRound) {
        jdbc.sql("""
                insert into outcome_transition (recommendation_id, from_status, to_status, actor_id, at, reason, handling_round)
                values (:id, :from, :to, :actor, :at, :reason, :round)""")
                .param("id", recommendationId).param("from", transition.from() == null ? null : transition.from().name())
                .param("to", transition.to().name()).param("actor", actorId).param("at", Rows.timestamp(at))
                .param("reason", transition.reason()).param("round", handlingRound).update();
    }

    public List<StatusChange> of(long recommendationId) {
        return jdbc.sql("select * from outcome_transition where recommendation_id = :id order by at, id")
                .param("id", recommendationId)
                .query((rs, n) -> new StatusChange(rs.getString("from_status") == null ? null
                        : RecommendationStatus.valueOf(rs.getString("from_status")),
                        RecommendationStatus.valueOf(rs.getString("to_status")), Rows.nullableLong(rs, "actor_id"),
                        Rows.requiredInstant(rs, "at"), rs.getString("reason"), rs.getInt("handling_round")))
                .list();
    }
}
