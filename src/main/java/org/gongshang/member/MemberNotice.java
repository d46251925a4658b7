package org.gongshang.member;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A notice to members, with its reach: recipients and how many have read it.
 *
 * @param sharePath the page members pass on, if any
 */
public record MemberNotice(long id, long committeeId, String title, String body, NoticeAudience audience, @Nullable String sharePath,
        boolean bySms, Instant sentAt, int recipients, int read) {
}
