package org.gongshang.deliberation.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Current votes and their history. Recording votes is one SQL statement (one round trip, its own
 * short transaction): it checks that the statement belongs to the deliberation and may be voted on
 * and that the deliberation is open, and unless the vote equals the current one, replaces the current
 * vote and appends the history row.
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
            changed as (
                select id from target
                where not exists (select 1 from deliberation_vote v
                                  where v.participant_id = :participant and v.statement_id = target.id and v.value = :value)),
            current as (
                insert into deliberation_vote (statement_id, participant_id, deliberation_id, value, voted_at)
                select id, :participant, :deliberation, :value, :at from changed
                on conflict (participant_id, statement_id) do update set value = excluded.value, voted_at = excluded.voted_at
                returning statement_id),
            history as (
                insert into deliberation_vote_history (deliberation_id, statement_id, participant_id, value, voted_at)
                select :deliberation, statement_id, :participant, :value, :at from current returning id)
            select (select count(*) from target) as allowed, (select count(*) from history) as written""";

    /**
     * The same checks and writes for many votes at once (see {@link VoteWriter}). A vote equal to the
     * one it replaces — the participant's stored vote, or their vote just before in the same batch —
     * writes nothing. Within a batch the last changed vote of a participant on a statement becomes the
     * current one; every changed vote goes to the history, in arrival order. Rows are upserted in key
     * order, so two batches never deadlock. Answers each allowed vote's position and whether it changed.
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
            compared as (
                select t.*, coalesce(lag(t.value) over (partition by t.participant_id, t.statement_id order by t.ord), v.value)
                           is distinct from t.value as changed
                from target t
                left join deliberation_vote v on v.participant_id = t.participant_id and v.statement_id = t.statement_id),
            current as (
                insert into deliberation_vote (statement_id, participant_id, deliberation_id, value, voted_at)
                select distinct on (participant_id, statement_id) statement_id, participant_id, deliberation_id, value, voted_at
                from compared where changed order by participant_id, statement_id, ord desc
                on conflict (participant_id, statement_id) do update set value = excluded.value, voted_at = excluded.voted_at),
            history as (
                insert into deliberation_vote_history (deliberation_id, statement_id, participant_id, value, voted_at)
                select deliberation_id, statement_id, participant_id, value, voted_at from compared where changed order by ord)
            select ord, changed from compared""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    VoteStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** One vote, checked and written as {@link #recordAll} does it. */
    public VoteOutcome record(long deliberationId, long statementId, long participantId, int value, Instant at) {
        return jdbc.sql(RECORD).param("deliberation", deliberationId).param("statement", statementId)
                .param("participant", participantId).param("value", value).param("at", Timestamp.from(at))
                .query((rs, row) -> rs.getLong("allowed") == 0 ? VoteOutcome.REFUSED
                        : rs.getLong("written") > 0 ? VoteOutcome.RECORDED : VoteOutcome.UNCHANGED)
                .single();
    }

    /** @return per vote, in the order given, what became of it */
    VoteOutcome[] recordAll(List<VoteWriter.Pending> votes) {
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
        VoteOutcome[] outcomes = new VoteOutcome[n];
        Arrays.fill(outcomes, VoteOutcome.REFUSED);
        template.execute((Connection connection) -> {
            try (PreparedStatement statement = connection.prepareStatement(RECORD_ALL)) {
                statement.setArray(1, connection.createArrayOf("bigint", deliberations));
                statement.setArray(2, connection.createArrayOf("bigint", statements));
                statement.setArray(3, connection.createArrayOf("bigint", participants));
                statement.setArray(4, connection.createArrayOf("integer", values));
                statement.setArray(5, connection.createArrayOf("timestamptz", times));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        outcomes[(int) rows.getLong(1) - 1] = rows.getBoolean(2) ? VoteOutcome.RECORDED : VoteOutcome.UNCHANGED;
                    }
                }
            }
            return null;
        });
        return outcomes;
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
