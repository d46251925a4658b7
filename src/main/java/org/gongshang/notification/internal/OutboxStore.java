package org.gongshang.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gongshang.notification.Channel;
import org.gongshang.notification.MessageKind;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox_message and outbox_attempt tables. A secret text (a one-time code) is kept encrypted
 * with the personal-data key until it is sent, so that a reader of the database finds no codes.
 */
@Repository
public class OutboxStore {

    /** What to put in the outbox; the id is made here so that it can be handed to gateways. */
    public record NewMessage(Channel channel, MessageKind kind, @Nullable Long accountId, byte[] recipientCipher,
            String recipientMasked, String language, @Nullable String subject, String body, boolean urgent,
            @Nullable Instant expiresAt, @Nullable String onceKey) {
    }

    /** One try to send, as shown to admins. */
    public record Attempt(int attempt, Instant attemptedAt, @Nullable String error) {
    }

    private static final String COLUMNS = """
            id, channel, kind, account_id, recipient_cipher, recipient_masked, language, subject, body, body_cipher, secret, urgent,
            status, attempts, next_attempt_at, expires_at, last_error, created_at, sent_at""";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    OutboxStore(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /**
     * @return the new message's id; empty when a message to a phone with the same {@code onceKey} was
     *     written before (nothing is written then)
     */
    public Optional<UUID> insert(NewMessage message, Instant now) {
        UUID id = UUID.randomUUID();
        boolean secret = message.kind().secret();
        int written = jdbc.sql("""
                insert into outbox_message (id, channel, kind, account_id, recipient_cipher, recipient_masked, language,
                    subject, body, body_cipher, secret, urgent, status, next_attempt_at, expires_at, dedup_key, created_at)
                values (:id, :channel, :kind, :account, :recipient, :masked, :language, :subject, :body, :bodyCipher, :secret, :urgent,
                    'PENDING', :now, :expires, :key, :now)
                on conflict (dedup_key) where dedup_key is not null and account_id is null do nothing""")
                .param("id", id).param("channel", message.channel().name()).param("kind", message.kind().name())
                .param("account", message.accountId()).param("recipient", message.recipientCipher())
                .param("masked", message.recipientMasked()).param("language", message.language())
                .param("subject", message.subject())
                .param("body", secret ? null : message.body()).param("bodyCipher", secret ? cipher.encrypt(message.body()) : null)
                .param("secret", secret).param("urgent", message.urgent())
                .param("now", Timestamp.from(now))
                .param("expires", message.expiresAt() == null ? null : Timestamp.from(message.expiresAt()))
                .param("key", message.onceKey())
                .update();
        return written == 1 ? Optional.of(id) : Optional.empty();
    }

    /**
     * The oldest due message, locked until the caller's transaction ends; messages locked by another
     * node or thread are skipped, so that each is sent by one sender at a time.
     */
    public Optional<OutboxMessage> claimDue(Instant now) {
        return jdbc.sql("select " + COLUMNS + """
                 from outbox_message where status = 'PENDING' and next_attempt_at <= :now
                order by next_attempt_at, created_at limit 1 for update skip locked""")
                .param("now", Timestamp.from(now)).query(this::message).optional();
    }

    /** The message if it is due and nobody else is sending it, locked like {@link #claimDue}. */
    public Optional<OutboxMessage> claim(UUID id, Instant now) {
        return jdbc.sql("select " + COLUMNS + """
                 from outbox_message where id = :id and status = 'PENDING' and next_attempt_at <= :now
                for update skip locked""")
                .param("id", id).param("now", Timestamp.from(now)).query(this::message).optional();
    }

    public Optional<OutboxMessage> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from outbox_message where id = :id")
                .param("id", id).query(this::message).optional();
    }

    public void recordAttempt(UUID id, int attempt, Instant at, @Nullable String error) {
        jdbc.sql("insert into outbox_attempt (message_id, attempt, attempted_at, error) values (:id, :attempt, :at, :error)")
                .param("id", id).param("attempt", attempt).param("at", Timestamp.from(at)).param("error", error)
                .update();
    }

    /** Sent: a secret text (a code) is forgotten at once. */
    public void markSent(UUID id, int attempts, Instant now) {
        jdbc.sql("""
                update outbox_message set status = 'SENT', attempts = :attempts, sent_at = :now, last_error = null,
                    body = case when secret then null else body end, body_cipher = null
                where id = :id""")
                .param("id", id).param("attempts", attempts).param("now", Timestamp.from(now)).update();
    }

    public void scheduleRetry(UUID id, int attempts, Instant next, String error) {
        jdbc.sql("update outbox_message set attempts = :attempts, next_attempt_at = :next, last_error = :error where id = :id")
                .param("id", id).param("attempts", attempts).param("next", Timestamp.from(next)).param("error", error)
                .update();
    }

    /** Given up (FAILED) or too late (EXPIRED); a secret text is forgotten either way. */
    public void finish(UUID id, OutboxStatus status, int attempts, @Nullable String error) {
        jdbc.sql("""
                update outbox_message set status = :status, attempts = :attempts, last_error = :error,
                    body = case when secret then null else body end, body_cipher = null
                where id = :id""")
                .param("id", id).param("status", status.name()).param("attempts", attempts).param("error", error)
                .update();
    }

    public List<OutboxMessage> failed(int limit) {
        return jdbc.sql("select " + COLUMNS + " from outbox_message where status = 'FAILED' order by created_at desc limit :limit")
                .param("limit", limit).query(this::message).list();
    }

    /** Puts a failed message back in the queue for a fresh round of tries; false unless it was FAILED with a text. */
    public boolean requeue(UUID id, Instant now) {
        return jdbc.sql("""
                update outbox_message set status = 'PENDING', attempts = 0, next_attempt_at = :now
                where id = :id and status = 'FAILED' and (body is not null or body_cipher is not null)""")
                .param("id", id).param("now", Timestamp.from(now)).update() == 1;
    }

    public List<Attempt> attempts(UUID id) {
        return jdbc.sql("select attempt, attempted_at, error from outbox_attempt where message_id = :id order by id")
                .param("id", id)
                .query((rs, n) -> new Attempt(rs.getInt("attempt"), rs.getTimestamp("attempted_at").toInstant(),
                        rs.getString("error")))
                .list();
    }

    /** Sent and expired messages are kept a while for questions, then forgotten. */
    public int deleteFinishedBefore(Instant before) {
        return jdbc.sql("delete from outbox_message where status in ('SENT', 'EXPIRED') and created_at < :before")
                .param("before", Timestamp.from(before)).update();
    }

    private OutboxMessage message(ResultSet rs, int row) throws SQLException {
        byte[] bodyCipher = rs.getBytes("body_cipher");
        return new OutboxMessage(rs.getObject("id", UUID.class), Channel.valueOf(rs.getString("channel")),
                MessageKind.valueOf(rs.getString("kind")), rs.getObject("account_id", Long.class),
                rs.getBytes("recipient_cipher"), rs.getString("recipient_masked"), rs.getString("language"),
                rs.getString("subject"), bodyCipher == null ? rs.getString("body") : cipher.decrypt(bodyCipher),
                rs.getBoolean("secret"), rs.getBoolean("urgent"),
                OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toInstant(), instant(rs.getTimestamp("expires_at")),
                rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("sent_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
