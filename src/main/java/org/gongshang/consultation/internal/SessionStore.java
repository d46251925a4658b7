package org.gongshang.consultation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gongshang.consultation.AgendaItem;
import org.gongshang.consultation.AgendaItemKind;
import org.gongshang.consultation.ParticipantCategory;
import org.gongshang.consultation.QueueEntry;
import org.gongshang.consultation.Turn;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What happens in the room: the agenda, the speaker queue and the turns. */
@Repository
public class SessionStore {

    private final JdbcClient jdbc;

    SessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- agenda ---------------------------------------------------------------------------------

    public List<AgendaItem> agenda(long consultationId) {
        return jdbc.sql("select * from agenda_item where consultation_id = :id order by position, id")
                .param("id", consultationId)
                .query((rs, n) -> new AgendaItem(rs.getLong("id"), rs.getLong("consultation_id"), rs.getInt("position"),
                        AgendaItemKind.valueOf(rs.getString("kind")), rs.getString("title")))
                .list();
    }

    public long insertAgendaItem(long consultationId, int position, AgendaItemKind kind, String title) {
        return jdbc.sql("insert into agenda_item (consultation_id, position, kind, title) values (:id, :position, :kind, :title) returning id")
                .param("id", consultationId).param("position", position).param("kind", kind.name()).param("title", title)
                .query(Long.class).single();
    }

    public void updateAgendaItem(long itemId, int position, AgendaItemKind kind, String title) {
        jdbc.sql("update agenda_item set position = :position, kind = :kind, title = :title where id = :id")
                .param("position", position).param("kind", kind.name()).param("title", title).param("id", itemId).update();
    }

    public void deleteAgendaItem(long itemId) {
        jdbc.sql("delete from agenda_item where id = :id").param("id", itemId).update();
    }

    // ---- queue ----------------------------------------------------------------------------------

    public List<QueueEntry> queue(long consultationId) {
        return jdbc.sql("""
                select r.id, r.participant_id, p.name, p.category, r.channel, r.position, r.requested_at
                from speaking_request r join participant p on p.id = r.participant_id
                where r.consultation_id = :id and r.status = 'WAITING' order by r.position, r.id""")
                .param("id", consultationId)
                .query((rs, n) -> new QueueEntry(rs.getLong("id"), rs.getLong("participant_id"), rs.getString("name"),
                        ParticipantCategory.valueOf(rs.getString("category")), "ONLINE".equals(rs.getString("channel")),
                        rs.getInt("position"), Rows.requiredInstant(rs, "requested_at")))
                .list();
    }

    public boolean isWaiting(long consultationId, long participantId) {
        return jdbc.sql("select exists (select 1 from speaking_request where consultation_id = :id and participant_id = :participant and status = 'WAITING')")
                .param("id", consultationId).param("participant", participantId).query(Boolean.class).single();
    }

    public long enqueue(long consultationId, long participantId, boolean online, Instant at) {
        return jdbc.sql("""
                insert into speaking_request (consultation_id, participant_id, channel, position, requested_at)
                values (:id, :participant, :channel,
                        (select coalesce(max(position), 0) + 1 from speaking_request where consultation_id = :id), :at)
                returning id""")
                .param("id", consultationId).param("participant", participantId).param("channel", online ? "ONLINE" : "ROOM")
                .param("at", Rows.timestamp(at)).query(Long.class).single();
    }

    public void setPosition(long requestId, int position) {
        jdbc.sql("update speaking_request set position = :position where id = :id").param("position", position)
                .param("id", requestId).update();
    }

    public void closeRequests(long consultationId, long participantId, String status) {
        jdbc.sql("update speaking_request set status = :status where consultation_id = :id and participant_id = :participant and status = 'WAITING'")
                .param("status", status).param("id", consultationId).param("participant", participantId).update();
    }

    public int withdraw(long consultationId, long requestId) {
        return jdbc.sql("update speaking_request set status = 'WITHDRAWN' where consultation_id = :id and id = :request and status = 'WAITING'")
                .param("id", consultationId).param("request", requestId).update();
    }

    // ---- turns ----------------------------------------------------------------------------------

    public long insertTurn(long consultationId, long participantId, String speakerName, ParticipantCategory category,
            @Nullable Long agendaItemId, Instant startedAt, int plannedSeconds) {
        return jdbc.sql("""
                insert into turn (consultation_id, participant_id, speaker_name, category, agenda_item_id, started_at, planned_seconds)
                values (:id, :participant, :name, :category, :agenda, :startedAt, :planned) returning id""")
                .param("id", consultationId).param("participant", participantId).param("name", speakerName)
                .param("category", category.name()).param("agenda", agendaItemId).param("startedAt", Rows.timestamp(startedAt))
                .param("planned", plannedSeconds).query(Long.class).single();
    }

    public void saveTurn(Turn turn) {
        jdbc.sql("update turn set ended_at = :endedAt, extension_minutes = :minutes, extensions = :extensions where id = :id")
                .param("endedAt", Rows.timestamp(turn.endedAt())).param("minutes", turn.extensionMinutes())
                .param("extensions", turn.extensions()).param("id", turn.id()).update();
    }

    public Optional<Turn> turn(long turnId) {
        return jdbc.sql("select * from turn where id = :id").param("id", turnId).query(SessionStore::mapTurn).optional();
    }

    public Optional<Turn> runningTurn(long consultationId) {
        return jdbc.sql("select * from turn where consultation_id = :id and ended_at is null").param("id", consultationId)
                .query(SessionStore::mapTurn).optional();
    }

    public List<Turn> turns(long consultationId) {
        return jdbc.sql("select * from turn where consultation_id = :id order by started_at, id").param("id", consultationId)
                .query(SessionStore::mapTurn).list();
    }

    static Turn mapTurn(ResultSet rs, int row) throws SQLException {
        return new Turn(rs.getLong("id"), rs.getLong("consultation_id"), rs.getLong("participant_id"),
                rs.getString("speaker_name"), ParticipantCategory.valueOf(rs.getString("category")),
                Rows.nullableLong(rs, "agenda_item_id"), Rows.requiredInstant(rs, "started_at"), Rows.instant(rs, "ended_at"),
                rs.getInt("planned_seconds"), rs.getInt("extension_minutes"), rs.getInt("extensions"));
    }
}
