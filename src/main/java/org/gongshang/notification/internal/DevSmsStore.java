package org.gongshang.notification.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dev_sms table: what the development gateway "sent", in demo mode only. */
@Repository
public class DevSmsStore {

    /** An SMS as the demo shows it: the phone masked, the text in full (that is the point). */
    public record DevSms(long id, UUID messageId, String phoneMasked, String text, Instant sentAt) {
    }

    private final JdbcClient jdbc;

    DevSmsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the SMS once, however often the same outbox message is handed over. */
    public void insert(UUID messageId, byte[] phoneHash, String phoneMasked, String text, Instant now) {
        jdbc.sql("""
                insert into dev_sms (message_id, phone_hash, phone_masked, text, sent_at)
                values (:message, :hash, :masked, :text, :now) on conflict (message_id) do nothing""")
                .param("message", messageId).param("hash", phoneHash).param("masked", phoneMasked).param("text", text)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Newest first; for one phone when its hash is given. */
    public List<DevSms> latest(byte @Nullable [] phoneHash, int limit) {
        String where = phoneHash == null ? "" : "where phone_hash = :hash ";
        var statement = jdbc.sql("select id, message_id, phone_masked, text, sent_at from dev_sms " + where
                + "order by sent_at desc, id desc limit :limit").param("limit", limit);
        if (phoneHash != null) {
            statement = statement.param("hash", phoneHash);
        }
        return statement.query((rs, n) -> new DevSms(rs.getLong("id"), rs.getObject("message_id", UUID.class),
                rs.getString("phone_masked"), rs.getString("text"), rs.getTimestamp("sent_at").toInstant())).list();
    }

    public int deleteBefore(Instant before) {
        return jdbc.sql("delete from dev_sms where sent_at < :before").param("before", Timestamp.from(before)).update();
    }
}
