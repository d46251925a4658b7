package org.gongshang.notification;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A message the outbox gave up on, as admins see it: the recipient masked, never the text.
 *
 * @param retryable false for secret messages (codes), whose text is gone and would be stale anyway
 */
public record FailedMessage(UUID id, Channel channel, MessageKind kind, String recipient, @Nullable String subject,
        int attempts, @Nullable String lastError, Instant createdAt, boolean retryable) {
}
