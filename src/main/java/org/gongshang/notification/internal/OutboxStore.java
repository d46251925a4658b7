package org.gongshang.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gongshang.notification.Channel;
import org.gongshang.notification.MessageKind;
import org.gongshang.notification.SmsGateway;
import org.gongshang.notification.internal.OutboxMessage.Handover;
import org.gongshang.notification.internal.OutboxMessage.Receipt;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox_message and outbox_attempt tables. A secret text (a one-time code) and its template
 * values are kept encrypted with the personal-data key until it is sent, so that a reader of the
 * database finds no codes.
 */
@Repository
public class OutboxStore {

    /**
     * What to put in the outbox; the id is made here so that it can be handed to gateways.
     *
     * @param smsValues the named values a provider's SMS template takes; empty for email
     */
    public record NewMessage(Channel channel, MessageKind kind, @Nullable Long accountId, byte[] recipientCipher,
            String recipientMasked, String language, @Nullable String subject, String body, Map<String, String> smsValues,
            boolean urgent, @Nullable Instant expiresAt, @Nullable String onceKey) {
    }

    /** One try to send, as shown to admins. */
    public record Attempt(int attempt, Instant attemptedAt, @Nullable String error) {
    }

    private static final String COLUMNS = """
            id, channel, kind, account_id, recipient_cipher, recipient_masked, language, subject, body, body_cipher, secret, urgent,
            status, attempts, next_attempt_at, expires_at, last_error, created_at, sent_at, sms_values, sms_values_cipher,
            provider_message_id, provider_answer, billed_parts, receipt_delivered, receipt_detail, receipt_at""";
    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final JsonMapper json;

    OutboxStore(JdbcClient jdbc, PersonalDataCipher cipher, JsonMapper json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
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
                    subject, body, body_cipher, sms_values, sms_values_cipher, secret, urgent, status, next_attempt_at, expires_at,
                    dedup_key, created_at)
                values (:id, :channel, :kind, :account, :recipient, :masked, :language, :subject, :body, :bodyCipher, :values,
                    :valuesCipher, :secret, :urgent, 'PENDING', :now, :expires, :key, :now)
                on conflict (dedup_key) where dedup_key is not null and account_id is null do nothing""")
                .param("id", id).param("channel", message.channel().name()).param("kind", message.kind().name())
                .param("account", message.accountId()).param("recipient", message.recipientCipher())
                .param("masked", message.recipientMasked()).param("language", message.language())
                .param("subject", message.subject())
                .param("body", secret ? null : message.body()).param("bodyCipher", secret ? cipher.encrypt(message.body()) : null)
                .param("values", secret || message.smsValues().isEmpty() ? null : json.writeValueAsString(message.smsValues()))
                .param("valuesCipher", secret && !message.smsValues().isEmpty()
                        ? cipher.encrypt(json.writeValueAsString(message.smsValues())) : null)
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

    /** Sent, with the provider's answer if it gave one: a secret text (a code) is forgotten at once. */
    public void markSent(UUID id, int attempts, Instant now, SmsGateway.@Nullable Handover handover) {
        jdbc.sql("""
                update outbox_message set status = 'SENT', attempts = :attempts, sent_at = :now, last_error = null,
                    body = case when secret then null else body end, body_cipher = null, sms_values_cipher = null,
                    provider_message_id = :providerId, provider_answer = :answer, billed_parts = :parts
                where id = :id""")
                .param("id", id).param("attempts", attempts).param("now", Timestamp.from(now))
                .param("providerId", handover == null ? null : handover.providerId())
                .param("answer", handover == null ? null : handover.answer())
                .param("parts", handover == null ? null : handover.parts())
                .update();
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
                    body = case when secret then null else body end, body_cipher = null, sms_values_cipher = null
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

    /**
     * SMS a provider took, without a receipt yet, handed over since {@code since}: those never asked
     * about first, then those asked about longest ago; they are marked as asked about now.
     */
    public List<OutboxMessage> awaitingReceipt(Instant since, int limit, Instant now) {
        List<OutboxMessage> awaiting = jdbc.sql("select " + COLUMNS + """
                 from outbox_message where status = 'SENT' and channel = 'SMS' and provider_message_id is not null
                    and receipt_delivered is null and sent_at >= :since
                order by receipt_asked_at nulls first, sent_at limit :limit""")
                .param("since", Timestamp.from(since)).param("limit", limit).query(this::message).list();
        if (!awaiting.isEmpty()) {
            jdbc.sql("update outbox_message set receipt_asked_at = :now where id in (:ids)")
                    .param("now", Timestamp.from(now)).param("ids", awaiting.stream().map(OutboxMessage::id).toList()).update();
        }
        return awaiting;
    }

    /** @return whether a message of that provider id was waiting for it */
    public boolean recordReceipt(String providerId, boolean delivered, String detail, @Nullable Instant at, Instant now) {
        return jdbc.sql("""
                update outbox_message set receipt_delivered = :delivered, receipt_detail = :detail, receipt_at = :at
                where provider_message_id = :providerId and channel = 'SMS' and receipt_delivered is null""")
                .param("delivered", delivered).param("detail", detail.length() > 200 ? detail.substring(0, 200) : detail)
                .param("at", Timestamp.from(at == null ? now : at)).param("providerId", providerId)
                .update() > 0;
    }

    /** SMS the provider took but reported as not received; newest first. */
    public List<OutboxMessage> undelivered(int limit) {
        return jdbc.sql("select " + COLUMNS + " from outbox_message where receipt_delivered = false order by receipt_at desc limit :limit")
                .param("limit", limit).query(this::message).list();
    }

    private OutboxMessage message(ResultSet rs, int row) throws SQLException {
        byte[] bodyCipher = rs.getBytes("body_cipher");
        byte[] valuesCipher = rs.getBytes("sms_values_cipher");
        String values = valuesCipher == null ? rs.getString("sms_values") : cipher.decrypt(valuesCipher);
        String providerAnswer = rs.getString("provider_answer");
        Boolean delivered = rs.getObject("receipt_delivered", Boolean.class);
        return new OutboxMessage(rs.getObject("id", UUID.class), Channel.valueOf(rs.getString("channel")),
                MessageKind.valueOf(rs.getString("kind")), rs.getObject("account_id", Long.class),
                rs.getBytes("recipient_cipher"), rs.getString("recipient_masked"), rs.getString("language"),
                rs.getString("subject"), bodyCipher == null ? rs.getString("body") : cipher.decrypt(bodyCipher),
                values == null ? Map.of() : json.readValue(values, VALUES),
                rs.getBoolean("secret"), rs.getBoolean("urgent"),
                OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getTimestamp("next_attempt_at").toInstant(), instant(rs.getTimestamp("expires_at")),
                rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("sent_at")),
                providerAnswer == null ? null : new Handover(rs.getString("provider_message_id"),
                        rs.getObject("billed_parts", Integer.class), providerAnswer),
                delivered == null ? null : new Receipt(delivered, rs.getString("receipt_detail"), instant(rs.getTimestamp("receipt_at"))));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
