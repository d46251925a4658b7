package org.gongshang.deliberation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The deliberation_participant table: accounts and imported placeholders. */
@Repository
public class DeliberationParticipantStore {

    private final JdbcClient jdbc;

    DeliberationParticipantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> findAccount(long deliberationId, long accountId) {
        return jdbc.sql("select id from deliberation_participant where deliberation_id = :d and account_id = :a")
                .param("d", deliberationId).param("a", accountId).query(Long.class).optional();
    }

    /** The account's participant id, created on first use; safe when two requests race. */
    public long ofAccount(long deliberationId, long accountId, String category, Instant at) {
        return jdbc.sql("""
                with added as (
                    insert into deliberation_participant (deliberation_id, account_id, category, joined_at)
                    values (:d, :a, :category, :at) on conflict (deliberation_id, account_id) do nothing returning id)
                select id from added
                union all
                select id from deliberation_participant where deliberation_id = :d and account_id = :a
                limit 1""")
                .param("d", deliberationId).param("a", accountId).param("category", category).param("at", Timestamp.from(at))
                .query(Long.class).optional()
                // A concurrent first vote inserted it after this statement's snapshot: read it now.
                .orElseGet(() -> findAccount(deliberationId, accountId).orElseThrow());
    }

    /** An anonymous placeholder for an imported Pol.is participant. */
    public long placeholder(long deliberationId, String externalId, Instant at) {
        return jdbc.sql("""
                with added as (
                    insert into deliberation_participant (deliberation_id, external_id, category, joined_at)
                    values (:d, :x, 'IMPORTED', :at) on conflict (deliberation_id, external_id) do nothing returning id)
                select id from added
                union all
                select id from deliberation_participant where deliberation_id = :d and external_id = :x
                limit 1""")
                .param("d", deliberationId).param("x", externalId).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }
}
