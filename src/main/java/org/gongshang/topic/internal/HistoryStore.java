package org.gongshang.topic.internal;

import java.util.List;

import org.gongshang.topic.HistoryEntry;
import org.gongshang.topic.HistoryKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each topic's timeline: submitted, held, screened, merged, routed, planned, consulted. */
@Repository
public class HistoryStore {

    private final JdbcClient jdbc;

    HistoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long topicId, HistoryKind kind, @Nullable Long actorId, @Nullable String detail, @Nullable Long reference) {
        jdbc.sql("insert into topic_history (topic_id, kind, actor_id, detail, reference) values (:topic, :kind, :actor, :detail, :reference)")
                .param("topic", topicId).param("kind", kind.name()).param("actor", actorId).param("detail", detail)
                .param("reference", reference).update();
    }

    public List<HistoryEntry> of(long topicId) {
        return jdbc.sql("select * from topic_history where topic_id = :topic order by id").param("topic", topicId)
                .query((rs, row) -> {
                    long actor = rs.getLong("actor_id");
                    Long actorId = rs.wasNull() ? null : actor;
                    long ref = rs.getLong("reference");
                    Long reference = rs.wasNull() ? null : ref;
                    return new HistoryEntry(HistoryKind.valueOf(rs.getString("kind")), actorId, rs.getString("detail"),
                            reference, rs.getTimestamp("at").toInstant());
                })
                .list();
    }
}
