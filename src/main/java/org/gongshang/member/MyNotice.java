package org.gongshang.member;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A notice as its member reads it, with their own share code. */
public record MyNotice(long id, String title, String body, @Nullable String sharePath, String shareCode, Instant sentAt,
        @Nullable Instant readAt) {
}
