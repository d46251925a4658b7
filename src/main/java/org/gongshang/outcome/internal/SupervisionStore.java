package org.gongshang.outcome.internal;

import java.time.Instant;
import java.util.List;

import org.gongshang.outcome.EscalationLevel;
import org.gongshang.outcome.SupervisionNote;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reminders sent (one row per recommendation, deadline and step) and supervision notes. */
@Repository("outcomeSupervisionStore")
public class SupervisionStore {

    private final JdbcClient jdbc;

    SupervisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims a reminder step: true for the one caller that inserted the row, false for every later
     * one, on any node and after any restart. The reminder is sent in the same transaction.
     */
    public boolean claimReminder(long recommendationId, int deadlineRound, String step, Instant at) {
        return jdbc.sql("""
                insert into outcome_reminder (recommendation_id, deadline_round, step, sent_at) values (:id, :round, :step, :at)
                on conflict do nothing""")
                .param("id", recommendationId).param("round", deadlineRound).param("step", step).param("at", Rows.timestamp(at))
                .update() == 1;
    }

    public record SentReminder(int deadlineRound, String step, Instant sentAt) {
    }

    public List<SentReminder> reminders(long recommendationId) {
        return jdbc.sql("select * from outcome_reminder where recommendation_id = :id order by sent_at, step").param("id", recommendationId)
                .query((rs, n) -> new SentReminder(rs.getInt("deadline_round"), rs.getString("step"), Rows.requiredInstant(rs, "sent_at")))
                .list();
    }

    public void insertNote(long recommendationId, EscalationLevel level, String note, long authorId, Instant at) {
        jdbc.sql("""
                insert into outcome_supervision_note (recommendation_id, level, note, author_id, at)
                values (:id, :level, :note, :author, :at)""")
                .param("id", recommendationId).param("level", level.name()).param("note", note).param("author", authorId)
                .param("at", Rows.timestamp(at)).update();
    }

    public List<SupervisionNote> notes(long recommendationId) {
        return jdbc.sql("select * from outcome_supervision_note where recommendation_id = :id order by at, id")
                .param("id", recommendationId)
                .query((rs, n) -> new SupervisionNote(EscalationLevel.valueOf(rs.getString("level")), rs.getString("note"),
                        rs.getLong("author_id"), Rows.requiredInstant(rs, "at")))
                .list();
    }
}
