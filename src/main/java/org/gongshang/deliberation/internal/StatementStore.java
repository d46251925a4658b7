package org.gongshang.deliberation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gongshang.deliberation.StatementStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The deliberation_statement table. */
@Repository
public class StatementStore {

    /** Votes on one statement, for the organiser's table. */
    public record Tally(long statementId, int agrees, int disagrees, int passes) {
        public int total() {
            return agrees + disagrees + passes;
        }
    }

    private static final String COLUMNS = "id, deliberation_id, text, author_id, author_account, seed, status, held, "
            + "external_id, created_at";

    private final JdbcClient jdbc;

    StatementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Statement insert(Statement s) {
        long id = jdbc.sql("""
                insert into deliberation_statement (deliberation_id, text, author_id, author_account, seed, status, held,
                    external_id, created_at)
                values (:deliberation, :text, :author, :account, :seed, :status, :held, :external, :at) returning id""")
                .param("deliberation", s.deliberationId()).param("text", s.text()).param("author", s.authorId())
                .param("account", s.authorAccount()).param("seed", s.seed()).param("status", s.status().name())
                .param("held", s.held()).param("external", s.externalId()).param("at", Timestamp.from(s.createdAt()))
                .query(Long.class).single();
        return new Statement(id, s.deliberationId(), s.text(), s.authorId(), s.authorAccount(), s.seed(), s.status(),
                s.held(), s.externalId(), s.createdAt());
    }

    public Optional<Statement> find(long deliberationId, long id) {
        return jdbc.sql("select " + COLUMNS + " from deliberation_statement where id = :id and deliberation_id = :d")
                .param("id", id).param("d", deliberationId).query(StatementStore::map).optional();
    }

    /** Every statement of the deliberation in id order. */
    public List<Statement> all(long deliberationId) {
        return jdbc.sql("select " + COLUMNS + " from deliberation_statement where deliberation_id = :d order by id")
                .param("d", deliberationId).query(StatementStore::map).list();
    }

    public void moderate(Statement s, long by, Instant at) {
        jdbc.sql("update deliberation_statement set status = :status, held = :held, moderated_by = :by, moderated_at = :at "
                + "where id = :id")
                .param("status", s.status().name()).param("held", s.held()).param("by", by).param("at", Timestamp.from(at))
                .param("id", s.id()).update();
    }

    public List<Tally> tallies(long deliberationId) {
        return jdbc.sql("""
                select s.id,
                       count(*) filter (where v.value = 1) as agrees,
                       count(*) filter (where v.value = -1) as disagrees,
                       count(*) filter (where v.value = 0) as passes
                from deliberation_statement s left join deliberation_vote v on v.statement_id = s.id
                where s.deliberation_id = :d group by s.id order by s.id""")
                .param("d", deliberationId)
                .query((rs, n) -> new Tally(rs.getLong("id"), rs.getInt("agrees"), rs.getInt("disagrees"), rs.getInt("passes")))
                .list();
    }

    /**
     * What changed last, so that a node notices statements added or moderated on another node:
     * the count and the latest creation or moderation time.
     */
    public String fingerprint(long deliberationId) {
        return jdbc.sql("""
                select count(*) || ':' || coalesce(max(greatest(created_at, coalesce(moderated_at, created_at))), 'epoch')
                from deliberation_statement where deliberation_id = :d""")
                .param("d", deliberationId).query(String.class).single();
    }

    static Statement map(ResultSet rs, int row) throws SQLException {
        return new Statement(rs.getLong("id"), rs.getLong("deliberation_id"), rs.getString("text"),
                (Long) rs.getObject("author_id"), (Long) rs.getObject("author_account"), rs.getBoolean("seed"),
                StatementStatus.valueOf(rs.getString("status")), rs.getBoolean("held"), (Long) rs.getObject("external_id"),
                rs.getTimestamp("created_at").toInstant());
    }
}
