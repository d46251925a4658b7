package org.gongshang.consultation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.gongshang.consultation.Minutes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Versions of the minutes; a FINAL row is never updated (see {@link Minutes#edit}). */
@Repository
public class MinutesStore {

    private final JdbcClient jdbc;

    MinutesStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long consultationId, int version, String title, String body, LocalDate dueOn) {
        return jdbc.sql("""
                insert into minutes (consultation_id, version, status, title, body, due_on)
                values (:id, :version, 'DRAFT', :title, :body, :dueOn) returning id""")
                .param("id", consultationId).param("version", version).param("title", title).param("body", body)
                .param("dueOn", dueOn).query(Long.class).single();
    }

    public Optional<Minutes> find(long minutesId) {
        return jdbc.sql("select * from minutes where id = :id").param("id", minutesId).query(MinutesStore::map).optional();
    }

    public List<Minutes> versions(long consultationId) {
        return jdbc.sql("select * from minutes where consultation_id = :id order by version desc").param("id", consultationId)
                .query(MinutesStore::map).list();
    }

    /** Saves a draft; the status condition keeps a final version as it was even if a caller forgot to ask. */
    public int save(Minutes minutes, long actorId) {
        return jdbc.sql("""
                update minutes set title = :title, body = :body, status = :status, updated_at = :updatedAt,
                    finalised_at = :finalisedAt, finalised_by = case when :status = 'FINAL' then :actor else null end
                where id = :id and status = 'DRAFT'""")
                .param("title", minutes.title()).param("body", minutes.body()).param("status", minutes.status().name())
                .param("updatedAt", Rows.timestamp(minutes.updatedAt())).param("finalisedAt", Rows.timestamp(minutes.finalisedAt()))
                .param("actor", actorId).param("id", minutes.id()).update();
    }

    static Minutes map(ResultSet rs, int row) throws SQLException {
        return new Minutes(rs.getLong("id"), rs.getLong("consultation_id"), rs.getInt("version"),
                Minutes.Status.valueOf(rs.getString("status")), rs.getString("title"), rs.getString("body"),
                rs.getObject("due_on", LocalDate.class), Rows.requiredInstant(rs, "updated_at"), Rows.instant(rs, "finalised_at"));
    }
}
