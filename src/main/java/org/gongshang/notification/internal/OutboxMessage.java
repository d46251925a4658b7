package org.gongshang.notification.internal;

import java.time.Instant;
import java.util.UUID;

import org.gongshang.notification.Channel;
import org.gongshang.notification.MessageKind;
import org.jspecify.annotations.Nullable;

/**
 * A row of the outbox. The recipient (phone or email) is encrypted; {@code body} is null once a
 * secret message (a code) was sent or given up.
 */
public record OutboxMessage(UUID id, Channel channel, MessageKind kind, @Nullable Long accountId, byte[] recipientCipher,
        String recipientMasked, String language, @Nullable String subject, @Nullable String body, boolean secret,
        boolean urgent, OutboxStatus status, int attempts, Instant nextAttemptAt, @Nullable Instant expiresAt,
        @Nullable String lastError, Instant createdAt, @Nullable Instant sentAt) {

    public boolean expiredAt(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    @Override
    public String toString() {
        return "OutboxMessage[" + id + ", " + channel + " to " + recipientMasked + ", " + status + "]";
    }
}
