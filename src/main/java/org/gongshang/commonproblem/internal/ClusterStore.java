package org.gongshang.commonproblem.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongshang.shared.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The groups and their sources: {@code problem_cluster}, {@code problem_source}. */
@Repository
public class ClusterStore {

    /** A source as stored: its group and the copies counting needs. */
    public record SourceRow(String kind, long sourceId, long clusterId, String title, String communityCode, int supporters,
            Instant occurredAt, double score) {
    }

    /** A group's representative, to put back into memory. */
    public record Representative(long clusterId, String kind, long representativeId, String title) {
    }

    private static final int MAX_TITLE = 200;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ClusterStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public Optional<SourceRow> source(String kind, long sourceId) {
        return jdbc.sql("""
                select kind, source_id, cluster_id, title, community_code, supporters, occurred_at, score
                from problem_source where kind = :kind and source_id = :id""")
                .param("kind", kind).param("id", sourceId).query(SourceRow.class).optional();
    }

    public long insertCluster(String kind, long representativeId, String title) {
        return jdbc.sql("insert into problem_cluster (kind, representative_id, title) values (:kind, :id, :title) returning id")
                .param("kind", kind).param("id", representativeId).param("title", capped(title))
                .query(Long.class).single();
    }

    public void put(SourceRow row) {
        jdbc.sql("""
                insert into problem_source (kind, source_id, cluster_id, title, community_code, supporters, occurred_at, score)
                values (:kind, :sourceId, :clusterId, :title, :communityCode, :supporters, :occurredAt, :score)
                on conflict (kind, source_id) do update set cluster_id = excluded.cluster_id, title = excluded.title,
                    community_code = excluded.community_code, supporters = excluded.supporters,
                    occurred_at = excluded.occurred_at, score = excluded.score""")
                .param("kind", row.kind()).param("sourceId", row.sourceId()).param("clusterId", row.clusterId())
                .param("title", capped(row.title())).param("communityCode", row.communityCode())
                .param("supporters", row.supporters()).param("occurredAt", Rows.timestamp(row.occurredAt()))
                .param("score", row.score())
                .update();
    }

    public void remove(String kind, long sourceId) {
        jdbc.sql("delete from problem_source where kind = :kind and source_id = :id")
                .param("kind", kind).param("id", sourceId).update();
    }

    /** Deletes a group left without sources unless it was raised; whether it did. */
    public boolean deleteIfEmpty(long clusterId) {
        return jdbc.sql("""
                delete from problem_cluster c where c.id = :id and c.raised_topic_id is null
                and not exists (select 1 from problem_source s where s.cluster_id = c.id)""")
                .param("id", clusterId).update() > 0;
    }

    public List<Representative> representatives(boolean raisedOnly) {
        return jdbc.sql("select id as cluster_id, kind, representative_id, title from problem_cluster"
                        + (raisedOnly ? " where raised_topic_id is not null" : ""))
                .query(Representative.class).list();
    }

    /** Before a full pass: every source goes, and every group not raised (raised ones keep their link). */
    public void clear() {
        jdbc.sql("delete from problem_source").update();
        jdbc.sql("delete from problem_cluster where raised_topic_id is null").update();
    }

    /** New sources in one batch (a full pass writes tens of thousands). */
    public void insertAll(List<SourceRow> rows) {
        batch.batchUpdate("""
                insert into problem_source (kind, source_id, cluster_id, title, community_code, supporters, occurred_at, score)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", rows.stream().map(row -> new Object[] {row.kind(), row.sourceId(),
                row.clusterId(), capped(row.title()), row.communityCode(), row.supporters(), Rows.timestamp(row.occurredAt()),
                row.score()}).toList());
    }

    public void markRaised(long clusterId, long topicId, long actorId, Instant at) {
        jdbc.sql("update problem_cluster set raised_topic_id = :topic, raised_by = :actor, raised_at = :at where id = :id")
                .param("topic", topicId).param("actor", actorId).param("at", Rows.timestamp(at)).param("id", clusterId)
                .update();
    }

    /** Whether a topic is one raised from a group (it speaks for the group's sources, it is not one more). */
    public boolean raisedAs(long topicId) {
        return jdbc.sql("select exists (select 1 from problem_cluster where raised_topic_id = :id)").param("id", topicId)
                .query(Boolean.class).single();
    }

    public Set<Long> raisedTopics() {
        return Set.copyOf(jdbc.sql("select raised_topic_id from problem_cluster where raised_topic_id is not null")
                .query(Long.class).list());
    }

    public @Nullable Long raisedTopic(long clusterId) {
        return jdbc.sql("select raised_topic_id from problem_cluster where id = :id").param("id", clusterId)
                .query(Long.class).optional().orElse(null);
    }

    private static String capped(String title) {
        return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE);
    }
}
