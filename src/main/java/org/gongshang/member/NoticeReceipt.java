package org.gongshang.member;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One member's copy of a notice: whether and when they read it, whether they were reminded, and
 * what their shared link brought (opened, signed up, came and took part signed in).
 */
public record NoticeReceipt(long memberId, String name, @Nullable Instant readAt, @Nullable Instant remindedAt, int opened,
        int signedUp, int tookPart) {
}
