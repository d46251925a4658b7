package org.gongshang.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gongshang.notification.InboxMessage;
import org.gongshang.notification.MessageKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notification table: each person's inbox. */
@Repository
public class InboxStore {

    private final JdbcClient jdbc;

    InboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when a message of that key was already written for the account (nothing is written) */
    public boolean insert(long accountId, MessageKind kind, String title, String body, @Nullable String link, boolean urgent,
            @Nullable String onceKey, Instant now) {
        return jdbc.sql("""
                insert into notification (account_id, kind, title, body, link, urgent, dedup_key, created_at)
                values (:account, :kind, :title, :body, :link, :urgent, :key, :now)
                on conflict (dedup_key, account_id) where dedup_key is not null do nothing""")
                .param("account", accountId).param("kind", kind.name()).param("title", title).param("body", body)
                .param("link", link).param("urgent", urgent).param("key", onceKey).param("now", Timestamp.from(now))
                .update() == 1;
    }

    public List<InboxMessage> page(long accountId, int offset, int limit) {
        return jdbc.sql("""
                select id, kind, title, body, link, urgent, created_at, read_at from notification
                where account_id = :account order by created_at desc, id desc offset :offset limit :limit""")
                .param("account", accountId).param("offset", offset).param("limit", limit)
                .query(InboxStore::message).list();
    }

    public Optional<InboxMessage> find(long accountId, long id) {
        return jdbc.sql("""
                select id, kind, title, body, link, urgent, created_at, read_at from notification
                where id = :id and account_id = :account""")
                .param("id", id).param("account", accountId).query(InboxStore::message).optional();
    }

    public long count(long accountId) {
        return jdbc.sql("select count(*) from notification where account_id = :account")
                .param("account", accountId).query(Long.class).single();
    }

    public long unreadCount(long accountId) {
        return jdbc.sql("select count(*) from notification where account_id = :account and read_at is null")
                .param("account", accountId).query(Long.class).single();
    }

    /** Marks the account's own message read; false when there is no such message of theirs. */
    public boolean markRead(long accountId, long id, Instant now) {
        return jdbc.sql("update notification set read_at = coalesce(read_at, :now) where id = :id and account_id = :account")
                .param("now", Timestamp.from(now)).param("id", id).param("account", accountId).update() == 1;
    }

    public int markAllRead(long accountId, Instant now) {
        return jdbc.sql("update notification set read_at = :now where account_id = :account and read_at is null")
                .param("now", Timestamp.from(now)).param("account", accountId).update();
    }

    private static InboxMessage message(ResultSet rs, int row) throws SQLException {
        Timestamp readAt = rs.getTimestamp("read_at");
        return new InboxMessage(rs.getLong("id"), MessageKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("body"), rs.getString("link"), rs.getBoolean("urgent"),
                rs.getTimestamp("created_at").toInstant(), readAt == null ? null : readAt.toInstant());
    }
}
