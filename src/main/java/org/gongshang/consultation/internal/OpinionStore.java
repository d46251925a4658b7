package org.gongshang.consultation.internal;

import java.time.Instant;
import java.util.List;

import org.gongshang.consultation.Opinion;
import org.gongshang.consultation.ParticipantCategory;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Opinions and suggestions (意见建议) recorded in sessions. */
@Repository
public class OpinionStore {

    private final JdbcClient jdbc;

    OpinionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long consultationId, @Nullable Long agendaItemId, @Nullable Long participantId,
            @Nullable String speakerName, ParticipantCategory category, String content, boolean online, long recordedBy,
            Instant at) {
        return jdbc.sql("""
                insert into opinion (consultation_id, agenda_item_id, participant_id, speaker_name, category, content, online,
                    recorded_by, created_at)
                values (:id, :agenda, :participant, :speaker, :category, :content, :online, :recordedBy, :at) returning id""")
                .param("id", consultationId).param("agenda", agendaItemId).param("participant", participantId)
                .param("speaker", speakerName).param("category", category.name()).param("content", content)
                .param("online", online).param("recordedBy", recordedBy).param("at", Rows.timestamp(at))
                .query(Long.class).single();
    }

    public List<Opinion> list(long consultationId) {
        return jdbc.sql("select * from opinion where consultation_id = :id order by created_at, id").param("id", consultationId)
                .query((rs, n) -> new Opinion(rs.getLong("id"), rs.getLong("consultation_id"), Rows.nullableLong(rs, "agenda_item_id"),
                        Rows.nullableLong(rs, "participant_id"), rs.getString("speaker_name"),
                        ParticipantCategory.valueOf(rs.getString("category")), rs.getString("content"), rs.getBoolean("online"),
                        Rows.requiredInstant(rs, "created_at")))
                .list();
    }
}
