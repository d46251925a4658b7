package org.gongshang.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One message in a person's inbox, in the language it was written in. */
public record InboxMessage(long id, MessageKind kind, String title, String body, @Nullable String link, boolean urgent,
        Instant createdAt, @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
