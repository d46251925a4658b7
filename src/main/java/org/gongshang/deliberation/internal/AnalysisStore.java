package org.gongshang.deliberation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.gongshang.deliberation.engine.Analysis;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored analyses ({@code deliberation_analysis}) and the lock under which one node at a time
 * computes a deliberation's analysis.
 */
@Repository
class AnalysisStore {

    /** First key of the advisory locks: this module's Flyway major version, so other modules' locks never collide. */
    private static final int LOCK_SPACE = 9;

    private final JdbcClient jdbc;

    AnalysisStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(long seenVotes, String seenStatements, Instant readAt, Analysis analysis) {
    }

    /** The database's clock, the same for every node. */
    Instant databaseNow() {
        return jdbc.sql("select clock_timestamp()").query(Timestamp.class).single().toInstant();
    }

    /** Waits until no other transaction computes this deliberation; held until this transaction ends. */
    void lock(long deliberationId) {
        jdbc.sql("select pg_advisory_xact_lock(:space, (:id % 2147483647)::int)").param("space", LOCK_SPACE)
                .param("id", deliberationId).query().singleValue();
    }

    Optional<Instant> readAt(long deliberationId) {
        return jdbc.sql("select read_at from deliberation_analysis where deliberation_id = :id").param("id", deliberationId)
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    Optional<Stored> find(long deliberationId) {
        return jdbc.sql("select seen_votes, seen_statements, read_at, analysis from deliberation_analysis where deliberation_id = :id")
                .param("id", deliberationId)
                .query((rs, row) -> new Stored(rs.getLong("seen_votes"), rs.getString("seen_statements"),
                        rs.getTimestamp("read_at").toInstant(), AnalysisCodec.read(rs.getBytes("analysis"))))
                .optional();
    }

    void save(long deliberationId, long seenVotes, String seenStatements, Instant readAt, Analysis analysis) {
        jdbc.sql("""
                insert into deliberation_analysis (deliberation_id, seen_votes, seen_statements, read_at, computed_at, analysis)
                values (:id, :votes, :statements, :readAt, clock_timestamp(), :analysis)
                on conflict (deliberation_id) do update set seen_votes = excluded.seen_votes,
                    seen_statements = excluded.seen_statements, read_at = excluded.read_at,
                    computed_at = excluded.computed_at, analysis = excluded.analysis""")
                .param("id", deliberationId).param("votes", seenVotes).param("statements", seenStatements)
                .param("readAt", Timestamp.from(readAt)).param("analysis", AnalysisCodec.write(analysis)).update();
    }
}
