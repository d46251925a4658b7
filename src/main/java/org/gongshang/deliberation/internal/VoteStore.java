package org.gongshang.deliberation.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Current votes and their history. Recording votes is one SQL statement (one round trip, its own
 * short transaction): it checks that the statement belongs to the deliberation and may be voted on
 * and that the deliberation is open, replaces the current vote and appends the history row.
 */
@Repository
public class VoteStore {

    /** A vote as the engine and the exports read it. */
    public record Row(long participantId, long statementId, int value, Instant votedAt) {
    }

    /** One vote of the history, with its id (the order of arrival). */
    public record HistoryRow(long id, long participantId, long statementId, int value, Instant votedAt) {
    }

    private static final String RECORD = """
            with target as (
                select s.id from deliberation_statement s join deliberation d on d.id = s.deliberation_id
                where s.id = :statement and s.deliberation_id = :deliberation
                  and (s.status = 'ACCEPTED' or (s.status = 'PENDING' and not s.held and d.moderation = 'OPEN'))
                  and d.opens_at <= :at and d.closes_at > :at),
            current as (
                insert into deliberation_vote (statement_id, participant_id, deliberation_id, value, voted_at)
                select id, :participant, :deliberation, :value, :at from target
                on conflict (participant_id, statement_id) do update set value = excluded.value, voted_at = excluded.voted_at
                returning statement_id),
            history as (
                insert into deliberation_vote_history (deliberation_id, statement_id, participant_id, value, voted_at)
                select :deliberation, statement_id, :participant, :value, :at from current returning id)
            select count(*) from history""";

    /**
     * The same checks and writes for many votes at once (see {@link VoteWriter}). Within a batch the
     * last vote of a participant on a statement becomes the current one; every vote goes to the
     * history, in arrival order. Rows are upserted in key order, so two batches never deadlock.
     */
    private static final String RECORD_ALL = """
            with input as (
                select * from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::int[], ?::timestamptz[])
                    with ordinality as i(deliberation_id, statement_id, participant_id, value, voted_at, ord)),
            target as (
                select i.* from input i
                join deliberation_statement s on s.id = i.statement_id and s.deliberation_id = i.deliberation_id
                join deliberation d on d.id = i.deliberation_id
                where (s.status = 'ACCEPTED' or (s.status = 'PENDING' and not s.held and d.moderation = 'OPEN'))
                  and d.opens_at <= i.voted_at and d.closes_at > i.voted_at),
            current as (
                insert into deliberation_vote (statement_id, participant_id, deliberation_id, value, voted_at)
                select distinct on (participant_id, statement_id) statement_id, participant_id, deliberation_id, value, voted_at
                from target order by participant_id, statement_id, ord desc
                on conflict (participant_id, statement_id) do update set value = excluded.value, voted_at = excluded.voted_at),
            history as (
                insert into deliberation_vote_history (deliberation_id, statement_id, participant_id, value, voted_at)
                select deliberation_id, statement_id, participant_id, value, voted_at from target order by ord)
            select ord from target""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    VoteStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** @return whether the vote was taken; false when the statement or the deliberation refused it */
    public boolean record(long deliberationId, long statementId, long participantId, int value, Instant at) {
        return jdbc.sql(RECORD).param("deliberation", deliberationId).param("statement", statementId)
                .param("participant", participantId).param("value", value).param("at", Timestamp.from(at))
                .query(Long.class).single() > 0;
    }

    /** @return per vote, in the order given, whether it was taken */
    boolean[] recordAll(List<VoteWriter.Pending> votes) {
        int n = votes.size();
        Long[] deliberations = new Long[n];
        Long[] statements = new Long[n];
        Long[] participants = new Long[n];
        Integer[] values = new Integer[n];
        Timestamp[] times = new Timestamp[n];
        for (int i = 0; i < n; i++) {
            VoteWriter.Pending vote = votes.get(i);
            deliberations[i] = vote.deliberationId();
            statements[i] = vote.statementId();
            participants[i] = vote.participantId();
            values[i] = vote.value();
            times[i] = Timestamp.from(vote.at());
        }
        boolean[] taken = new boolean[n];
        template.execute((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(RECORD_ALL)) {
                statement.setArray(1, connection.createArrayOf("bigint", deliberations));
                statement.setArray(2, connection.createArrayOf("bigint", statements));
                statement.setArray(3, connection.createArrayOf("bigint", participants));
                statement.setArray(4, connection.createArrayOf("integer", values));
                statement.setArray(5, connection.createArrayOf("timestamptz", times));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        taken[(int) rows.getLong(1) - 1] = true;
                    }
                }
            }
            return null;
        });
        return taken;
    }

    /** Statements the participant has voted on. */
    public Set<Long> votedBy(long deliberationId, long participantId) {
        return Set.copyOf(jdbc.sql("select statement_id from deliberation_vote where participant_id = :p and deliberation_id = :d")
                .param("p", participantId).param("d", deliberationId).query(Long.class).list());
    }

    /** Every current vote of the deliberation, streamed (a Pol.is import can have hundreds of thousands). */
    public void eachCurrent(long deliberationId, Consumer<Row> consumer) {
        template.query("select participant_id, statement_id, value, voted_at from deliberation_vote where deliberation_id = ?",
                rs -> {
                    consumer.accept(new Row(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getTimestamp(4).toInstant()));
                }, deliberationId);
    }

    /** The whole history in arrival order: the Pol.is votes.csv. */
    public void eachInHistory(long deliberationId, Consumer<HistoryRow> consumer) {
        template.query("select id, participant_id, statement_id, value, voted_at from deliberation_vote_history "
                + "where deliberation_id = ? order by id", rs -> {
                    consumer.accept(new HistoryRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
                            rs.getTimestamp(5).toInstant()));
                }, deliberationId);
    }

    public List<HistoryRow> history(long deliberationId, long participantId, long statementId) {
        return jdbc.sql("select id, participant_id, statement_id, value, voted_at from deliberation_vote_history "
                + "where deliberation_id = :d and participant_id = :p and statement_id = :s order by id")
                .param("d", deliberationId).param("p", participantId).param("s", statementId)
                .query((rs, n) -> new HistoryRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** The latest history id: a node compares it with what its analysis has seen. */
    public long lastHistoryId(long deliberationId) {
        return jdbc.sql("select coalesce(max(id), 0) from deliberation_vote_history where deliberation_id = :d")
                .param("d", deliberationId).query(Long.class).single();
    }

    /** Votes per hour, for the organiser's participation chart. */
    public List<PerHour> perHour(long deliberationId) {
        return jdbc.sql("""
                select date_trunc('hour', voted_at) as hour, count(*) as votes, count(distinct participant_id) as voters
                from deliberation_vote_history where deliberation_id = :d group by 1 order by 1""")
                .param("d", deliberationId)
                .query((rs, n) -> new PerHour(rs.getTimestamp("hour").toInstant(), rs.getLong("votes"), rs.getLong("voters")))
                .list();
    }

    public record PerHour(Instant hour, long votes, long voters) {
    }

    /** Imports: current votes and history in batches. */
    public void insertImported(long deliberationId, List<Row> current, List<Row> history) {
        template.batchUpdate("insert into deliberation_vote (statement_id, participant_id, deliberation_id, value, voted_at) "
                + "values (?, ?, ?, ?, ?) on conflict (participant_id, statement_id) do update set value = excluded.value, "
                + "voted_at = excluded.voted_at", current, 1000, (ps, row) -> {
                    ps.setLong(1, row.statementId());
                    ps.setLong(2, row.participantId());
                    ps.setLong(3, deliberationId);
                    ps.setInt(4, row.value());
                    ps.setTimestamp(5, Timestamp.from(row.votedAt()));
                });
        template.batchUpdate("insert into deliberation_vote_history (deliberation_id, statement_id, participant_id, value, voted_at) "
                + "values (?, ?, ?, ?, ?)", history, 1000, (ps, row) -> {
                    ps.setLong(1, deliberationId);
                    ps.setLong(2, row.statementId());
                    ps.setLong(3, row.participantId());
                    ps.setInt(4, row.value());
                    ps.setTimestamp(5, Timestamp.from(row.votedAt()));
                });
    }
}
