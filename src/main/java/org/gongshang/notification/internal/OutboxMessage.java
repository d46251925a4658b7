package org.gongshang.notification.internal;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.gongshang.notification.Channel;
import org.gongshang.notification.MessageKind;
import org.jspecify.annotations.Nullable;

/**
 * A row of the outbox. The recipient (phone or email) is encrypted; {@code body} and
 * {@code smsValues} are empty once a secret message (a code) was sent or given up.
 *
 * @param smsValues the named values for a provider's template (SMS only)
 * @param handover what the provider answered when it took the message, once sent
 * @param receipt the delivery receipt, once the provider reported one
 */
public record OutboxMessage(UUID id, Channel channel, MessageKind kind, @Nullable Long accountId, byte[] recipientCipher,
        String recipientMasked, String language, @Nullable String subject, @Nullable String body, Map<String, String> smsValues,
        boolean secret, boolean urgent, OutboxStatus status, int attempts, Instant nextAttemptAt, @Nullable Instant expiresAt,
        @Nullable String lastError, Instant createdAt, @Nullable Instant sentAt, @Nullable Handover handover,
        @Nullable Receipt receipt) {

    /** @param providerId the provider's id of the message; parts: how many SMS it is billed as */
    public record Handover(@Nullable String providerId, @Nullable Integer parts, @Nullable String answer) {
    }

    public record Receipt(boolean delivered, String detail, @Nullable Instant at) {
    }

    public boolean expiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    @Override
    public String toString() {
        return "OutboxMessage[" + id + ", " + channel + " to " + recipientMasked + ", " + status + "]";
    }
}
