package org.gongshang.topic.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.gongshang.topic.DeclineReason;
import org.gongshang.topic.RoutingLevel;
import org.gongshang.topic.SubmissionChannel;
import org.gongshang.topic.TopicCategory;
import org.gongshang.topic.TopicSource;
import org.gongshang.topic.TopicStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Topics in plain SQL: the aggregate itself, and read models with tags and support counts. */
@Repository
public class TopicStore {

    /** A topic with what lists show next to it. */
    public record Listed(Topic topic, List<String> tags, int supporters, int communities) {
    }

    /** The personal data of someone who came in person or phoned, encrypted and masked. */
    public record OfflinePerson(byte[] nameCipher, String nameMasked, byte @Nullable [] phoneCipher,
            @Nullable String phoneMasked) {
    }

    /** Filters of a topic list; null means "any". */
    public record Filter(@Nullable String searchQuery, @Nullable List<TopicStatus> statuses,
            @Nullable List<String> regionCodes, @Nullable TopicCategory category, @Nullable TopicSource source,
            @Nullable Long campaignId, @Nullable Long submittedBy, @Nullable Long supportedBy, boolean publicOnly,
            @Nullable Boolean held) {

        public static Filter any() {
            return new Filter(null, null, null, null, null, null, null, null, false, null);
        }
    }

    private static final String LISTED = """
            select t.*,
                   (select count(*) from topic_supporter s where s.topic_id = t.id) as supporters,
                   (select count(distinct s.community_code) from topic_supporter s where s.topic_id = t.id) as communities,
                   array(select g.name from topic_tagging tg join topic_tag g on g.id = tg.tag_id
                         where tg.topic_id = t.id order by g.name) as tag_names
            from topic t
            """;

    private final JdbcClient jdbc;

    TopicStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Topic topic, List<String> searchTerms, @Nullable OfflinePerson offline) {
        return jdbc.sql("""
                insert into topic (title, description, category, region_code, source, channel, status, campaign_id,
                    submitted_by, offline_name_cipher, offline_name_masked, offline_phone_cipher, offline_phone_masked,
                    held, held_words, search_vector, submitted_at)
                values (:title, :description, :category, :region, :source, :channel, :status, :campaign, :submittedBy,
                    :nameCipher, :nameMasked, :phoneCipher, :phoneMasked, :held, :heldWords,
                    array_to_tsvector(cast(:terms as text[])), :at)
                returning id""")
                .param("title", topic.title()).param("description", topic.description())
                .param("category", topic.category().name()).param("region", topic.regionCode())
                .param("source", topic.source().name()).param("channel", topic.channel().name())
                .param("status", topic.status().name()).param("campaign", topic.campaignId())
                .param("submittedBy", topic.submittedBy())
                .param("nameCipher", offline == null ? null : offline.nameCipher())
                .param("nameMasked", offline == null ? null : offline.nameMasked())
                .param("phoneCipher", offline == null ? null : offline.phoneCipher())
                .param("phoneMasked", offline == null ? null : offline.phoneMasked())
                .param("held", topic.held()).param("heldWords", topic.heldWords())
                .param("terms", searchTerms.stream().distinct().toArray(String[]::new))
                .param("at", Timestamp.from(topic.submittedAt()))
                .query(Long.class).single();
    }

    /** Stores what an aggregate method may have changed. */
    public void update(Topic topic) {
        jdbc.sql("""
                update topic set status = :status, held = :held, held_words = :heldWords, decline_reason = :reason,
                    decision_note = :note, screened_by = :screenedBy, screened_at = :screenedAt, merged_into = :mergedInto,
                    routed_level = :level, routed_organization_id = :organization, plan_id = :plan,
                    consultation_id = :consultation, updated_at = now()
                where id = :id""")
                .param("status", topic.status().name()).param("held", topic.held()).param("heldWords", topic.heldWords())
                .param("reason", topic.declineReason() == null ? null : topic.declineReason().name())
                .param("note", topic.decisionNote()).param("screenedBy", topic.screenedBy())
                .param("screenedAt", topic.screenedAt() == null ? null : Timestamp.from(topic.screenedAt()))
                .param("mergedInto", topic.mergedInto())
                .param("level", topic.routedLevel() == null ? null : topic.routedLevel().name())
                .param("organization", topic.routedOrganizationId()).param("plan", topic.planId())
                .param("consultation", topic.consultationId()).param("id", topic.id())
                .update();
    }

    /** Marks a topic changed (e.g. its supporters changed). */
    public void touch(long id) {
        jdbc.sql("update topic set updated_at = now() where id = :id").param("id", id).update();
    }

    public Optional<Topic> find(long id) {
        return jdbc.sql("select * from topic where id = :id").param("id", id).query((rs, row) -> map(rs)).optional();
    }

    /** Locks the row for the rest of the transaction, so two screeners cannot decide at once. */
    public Optional<Topic> findForUpdate(long id) {
        return jdbc.sql("select * from topic where id = :id for update").param("id", id).query((rs, row) -> map(rs)).optional();
    }

    public Optional<Listed> findListed(long id) {
        return jdbc.sql(LISTED + " where t.id = :id").param("id", id).query((rs, row) -> listed(rs)).optional();
    }

    public List<Listed> list(Filter filter, int offset, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        return jdbc.sql(LISTED + where + " order by t.submitted_at desc, t.id desc limit :limit offset :offset")
                .params(params).param("limit", limit).param("offset", offset)
                .query((rs, row) -> listed(rs)).list();
    }

    public long count(Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("select count(*) from topic t" + where(filter, params)).params(params).query(Long.class).single();
    }

    /** Declined topics per reason (merged ones count as DUPLICATE), within some regions or everywhere. */
    public Map<DeclineReason, Long> declinedByReason(@Nullable List<String> regionCodes) {
        Map<DeclineReason, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select decline_reason, count(*) as n from topic where status in ('DECLINED', 'MERGED')"
                        + (regionCodes == null ? "" : " and region_code = any(:regions)") + " group by decline_reason")
                .params(regionCodes == null ? Map.of() : Map.of("regions", regionCodes.toArray(String[]::new)))
                .query((rs, row) -> counts.put(DeclineReason.valueOf(rs.getString("decline_reason")), rs.getLong("n")))
                .list();
        return counts;
    }

    /** Every topic with what the similar-text index keeps of it. */
    public void forEachText(Consumer<TopicText> consumer) {
        try (Stream<TopicText> texts = jdbc.sql("select id, title, description, region_code, status, held, submitted_at from topic")
                .query((rs, row) -> text(rs)).stream()) {
            texts.forEach(consumer);
        }
    }

    public Optional<TopicText> findText(long id) {
        return jdbc.sql("select id, title, description, region_code, status, held, submitted_at from topic where id = :id")
                .param("id", id).query((rs, row) -> text(rs)).optional();
    }

    public Optional<String> offlineNameMasked(long id) {
        return jdbc.sql("select offline_name_masked from topic where id = :id").param("id", id)
                .query(String.class).optional();
    }

    private static String where(Filter filter, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" where true");
        if (filter.searchQuery() != null) {
            sql.append(" and t.search_vector @@ cast(:query as tsquery)");
            params.put("query", filter.searchQuery());
        }
        if (filter.statuses() != null) {
            sql.append(" and t.status in (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        if (filter.regionCodes() != null) {
            sql.append(" and t.region_code in (:regions)");
            params.put("regions", filter.regionCodes().isEmpty() ? List.of("-") : filter.regionCodes());
        }
        if (filter.category() != null) {
            sql.append(" and t.category = :category");
            params.put("category", filter.category().name());
        }
        if (filter.source() != null) {
            sql.append(" and t.source = :source");
            params.put("source", filter.source().name());
        }
        if (filter.campaignId() != null) {
            sql.append(" and t.campaign_id = :campaign");
            params.put("campaign", filter.campaignId());
        }
        if (filter.submittedBy() != null) {
            sql.append(" and t.submitted_by = :submittedBy");
            params.put("submittedBy", filter.submittedBy());
        }
        if (filter.supportedBy() != null) {
            sql.append(" and exists (select 1 from topic_supporter s where s.topic_id = t.id and s.account_id = :supporter)");
            params.put("supporter", filter.supportedBy());
        }
        if (filter.publicOnly()) {
            sql.append(" and t.held = false and t.status not in ('DECLINED', 'MERGED')");
        }
        if (filter.held() != null) {
            sql.append(" and t.held = :held");
            params.put("held", filter.held());
        }
        return sql.toString();
    }

    private static TopicText text(ResultSet rs) throws SQLException {
        return new TopicText(rs.getLong("id"), rs.getString("title"), rs.getString("description"), rs.getString("region_code"),
                TopicStatus.valueOf(rs.getString("status")), rs.getBoolean("held"), rs.getTimestamp("submitted_at").toInstant());
    }

    private static Listed listed(ResultSet rs) throws SQLException {
        Array tags = rs.getArray("tag_names");
        return new Listed(map(rs), Arrays.asList((String[]) tags.getArray()), rs.getInt("supporters"), rs.getInt("communities"));
    }

    private static Topic map(ResultSet rs) throws SQLException {
        return new Topic(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
                TopicCategory.valueOf(rs.getString("category")), rs.getString("region_code"),
                TopicSource.valueOf(rs.getString("source")), SubmissionChannel.valueOf(rs.getString("channel")),
                nullableLong(rs, "campaign_id"), rs.getLong("submitted_by"), rs.getTimestamp("submitted_at").toInstant(),
                TopicStatus.valueOf(rs.getString("status")), rs.getBoolean("held"), rs.getString("held_words"),
                rs.getString("decline_reason") == null ? null : DeclineReason.valueOf(rs.getString("decline_reason")),
                rs.getString("decision_note"), nullableLong(rs, "screened_by"),
                rs.getTimestamp("screened_at") == null ? null : rs.getTimestamp("screened_at").toInstant(),
                nullableLong(rs, "merged_into"),
                rs.getString("routed_level") == null ? null : RoutingLevel.valueOf(rs.getString("routed_level")),
                nullableLong(rs, "routed_organization_id"), nullableLong(rs, "plan_id"), nullableLong(rs, "consultation_id"));
    }

    private static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
