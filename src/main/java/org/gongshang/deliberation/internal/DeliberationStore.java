package org.gongshang.deliberation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.gongshang.deliberation.ModerationMode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The deliberation table, its counts and invitees. */
@Repository
public class DeliberationStore {

    public record Counts(int statements, int participants, long votes) {
    }

    private static final String COLUMNS = "id, question, description, region_code, topic_id, consultation_id, moderation, "
            + "opens_at, closes_at, created_by, created_at";

    private final JdbcClient jdbc;

    DeliberationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Deliberation d) {
        return jdbc.sql("""
                insert into deliberation (question, description, region_code, topic_id, consultation_id, moderation,
                    opens_at, closes_at, created_by, created_at)
                values (:question, :description, :region, :topic, :consultation, :moderation, :opens, :closes, :by, :at)
                returning id""")
                .param("question", d.question()).param("description", d.description()).param("region", d.regionCode())
                .param("topic", d.topicId()).param("consultation", d.consultationId())
                .param("moderation", d.moderation().name()).param("opens", Timestamp.from(d.opensAt()))
                .param("closes", Timestamp.from(d.closesAt())).param("by", d.createdBy())
                .param("at", Timestamp.from(d.createdAt()))
                .query(Long.class).single();
    }

    public Optional<Deliberation> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from deliberation where id = :id").param("id", id)
                .query(DeliberationStore::map).optional();
    }

    public void updateTimes(Deliberation d) {
        jdbc.sql("update deliberation set opens_at = :opens, closes_at = :closes where id = :id")
                .param("opens", Timestamp.from(d.opensAt())).param("closes", Timestamp.from(d.closesAt()))
                .param("id", d.id()).update();
    }

    /** Newest first; {@code regionCodes} null for all regions. */
    public List<Deliberation> list(List<String> regionCodes, boolean allRegions, int limit) {
        return jdbc.sql("select " + COLUMNS + " from deliberation where (:all or region_code in (:regions)) "
                + "order by created_at desc, id desc limit :limit")
                .param("all", allRegions).param("regions", regionCodes.isEmpty() ? List.of("-") : regionCodes)
                .param("limit", limit).query(DeliberationStore::map).list();
    }

    public List<Deliberation> ofTopic(long topicId) {
        return jdbc.sql("select " + COLUMNS + " from deliberation where topic_id = :topic order by id")
                .param("topic", topicId).query(DeliberationStore::map).list();
    }

    public Counts counts(long id) {
        return jdbc.sql("""
                select (select count(*) from deliberation_statement where deliberation_id = :id) as statements,
                       (select count(*) from deliberation_participant where deliberation_id = :id) as participants,
                       (select count(*) from deliberation_vote where deliberation_id = :id) as votes""")
                .param("id", id)
                .query((rs, n) -> new Counts(rs.getInt("statements"), rs.getInt("participants"), rs.getLong("votes")))
                .single();
    }

    public void invite(long id, List<Long> accountIds) {
        for (Long account : accountIds) {
            jdbc.sql("insert into deliberation_invitee (deliberation_id, account_id) values (:id, :account) on conflict do nothing")
                    .param("id", id).param("account", account).update();
        }
    }

    public boolean isInvited(long id, long accountId) {
        return jdbc.sql("select exists (select 1 from deliberation_invitee where deliberation_id = :id and account_id = :account)")
                .param("id", id).param("account", accountId).query(Boolean.class).single();
    }

    static Deliberation map(ResultSet rs, int row) throws SQLException {
        return new Deliberation(rs.getLong("id"), rs.getString("question"), rs.getString("description"),
                rs.getString("region_code"), (Long) rs.getObject("topic_id"), (Long) rs.getObject("consultation_id"),
                ModerationMode.valueOf(rs.getString("moderation")), rs.getTimestamp("opens_at").toInstant(),
                rs.getTimestamp("closes_at").toInstant(), rs.getLong("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
