package org.gongshang.similarity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.gongshang.similarity.TextAttributes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code similar_text} table. Every write stamps the row with its transaction's id
 * ({@code written_by}); a node follows the table by reading rows stamped at or after the oldest
 * transaction still running when it last looked, so that no commit is missed however late it lands.
 */
@Repository
public class TextStore {

    /** A text waiting for its embedding. */
    public record Pending(String corpus, long id, String title, String body) {
    }

    private static final String COLUMNS = """
            corpus, item_id, title, body, scope, status, held, group_id, occurred_at, removed, model, embedding,
            embedding_scale, written_by::text as written_by""";

    private final JdbcClient jdbc;

    public TextStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds or changes a text; its embedding stays only when title and body are unchanged. */
    public void put(String corpus, long id, String title, String body, TextAttributes attributes) {
        jdbc.sql("""
                insert into similar_text (corpus, item_id, title, body, scope, status, held, group_id, occurred_at)
                values (:corpus, :id, :title, :body, :scope, :status, :held, :group, :at)
                on conflict (corpus, item_id) do update set
                    title = excluded.title, body = excluded.body, scope = excluded.scope, status = excluded.status,
                    held = excluded.held, group_id = excluded.group_id, occurred_at = excluded.occurred_at, removed = false,
                    model = case when unchanged then similar_text.model end,
                    embedding = case when unchanged then similar_text.embedding end,
                    embedding_scale = case when unchanged then similar_text.embedding_scale end,
                    written_by = pg_current_xact_id()
                """.replace("unchanged", "(similar_text.title = excluded.title and similar_text.body = excluded.body)"))
                .param("corpus", corpus).param("id", id).param("title", title).param("body", body)
                .param("scope", attributes.scope()).param("status", attributes.status()).param("held", attributes.held())
                .param("group", attributes.groupId()).param("at", Timestamp.from(attributes.occurredAt()))
                .update();
    }

    public void remove(String corpus, long id) {
        jdbc.sql("""
                update similar_text set removed = true, title = '', body = '', model = null, embedding = null,
                    embedding_scale = null, written_by = pg_current_xact_id()
                where corpus = :corpus and item_id = :id""")
                .param("corpus", corpus).param("id", id).update();
    }

    /** The oldest transaction still running (or the next to start): every later commit is stamped at least this. */
    public long horizon() {
        return jdbc.sql("select pg_snapshot_xmin(pg_current_snapshot())::text").query(String.class).optional()
                .map(Long::parseLong).orElse(0L);
    }

    /** Rows stamped at or after a transaction id, removed ones included (the stream holds a connection until closed). */
    public void writtenSince(long horizon, Consumer<StoredText> consumer) {
        try (Stream<StoredText> rows = jdbc.sql("select " + COLUMNS
                        + " from similar_text where written_by >= cast(cast(:horizon as text) as xid8)")
                .param("horizon", horizon).query((rs, row) -> row(rs)).stream()) {
            rows.forEach(consumer);
        }
    }

    /** Every live row of a corpus, for a fresh index. */
    public void all(String corpus, Consumer<StoredText> consumer) {
        try (Stream<StoredText> rows = jdbc.sql("select " + COLUMNS + " from similar_text where corpus = :corpus and not removed")
                .param("corpus", corpus).query((rs, row) -> row(rs)).stream()) {
            rows.forEach(consumer);
        }
    }

    /**
     * Vectors of another model are dropped once, when a node with a new model starts: the texts are
     * embedded again in the background and served by words meanwhile (nodes still on the old model
     * ignore the new vectors until they are upgraded).
     */
    public int forgetOtherModels(String model) {
        return jdbc.sql("""
                update similar_text set model = null, embedding = null, embedding_scale = null,
                    written_by = pg_current_xact_id()
                where embedding is not null and model <> :model""")
                .param("model", model).update();
    }

    /**
     * Locks a batch of texts without an embedding; other nodes skip them. To be called in a
     * transaction that stores the embeddings.
     */
    public List<Pending> claimPending(int limit) {
        return jdbc.sql("""
                select corpus, item_id, title, body from similar_text
                where not removed and embedding is null
                order by written_by limit :limit for update skip locked""")
                .param("limit", limit)
                .query((rs, row) -> new Pending(rs.getString("corpus"), rs.getLong("item_id"), rs.getString("title"),
                        rs.getString("body")))
                .list();
    }

    public void storeEmbedding(Pending text, String model, Int8Vector vector) {
        jdbc.sql("""
                update similar_text set model = :model, embedding = :embedding, embedding_scale = :scale,
                    written_by = pg_current_xact_id()
                where corpus = :corpus and item_id = :id and title = :title and body = :body""")
                .param("model", model).param("embedding", vector.components()).param("scale", vector.scale())
                .param("corpus", text.corpus()).param("id", text.id()).param("title", text.title())
                .param("body", text.body()).update();
    }

    private static StoredText row(ResultSet rs) throws SQLException {
        byte[] embedding = rs.getBytes("embedding");
        long group = rs.getLong("group_id");
        @Nullable Long groupId = rs.wasNull() ? null : group;
        TextAttributes attributes = new TextAttributes(rs.getString("scope"), rs.getString("status"), rs.getBoolean("held"),
                groupId, rs.getTimestamp("occurred_at").toInstant());
        return new StoredText(rs.getString("corpus"), rs.getLong("item_id"), rs.getString("title"), rs.getString("body"),
                attributes, rs.getBoolean("removed"),
                embedding == null ? null : new Int8Vector(embedding, rs.getFloat("embedding_scale")), rs.getString("model"),
                Long.parseLong(rs.getString("written_by")));
    }
}
