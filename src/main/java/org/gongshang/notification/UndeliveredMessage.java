package org.gongshang.notification;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An SMS the provider took but whose delivery receipt says the phone did not receive it (switched
 * off, number out of service, blocked), as admins see it: the recipient masked, never the text.
 *
 * @param detail the provider's status code, e.g. {@code MK:0001}
 * @param parts how many SMS it was billed as
 */
public record UndeliveredMessage(UUID id, MessageKind kind, String recipient, @Nullable Instant sentAt,
        @Nullable Integer parts, String detail, @Nullable Instant reportedAt) {
}
