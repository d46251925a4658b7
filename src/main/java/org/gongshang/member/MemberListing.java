package org.gongshang.member;

import org.jspecify.annotations.Nullable;

/** A member in the staff's list. */
public record MemberListing(long id, long accountId, String name, long committeeId, String sectorName,
        MemberPosition position, @Nullable String workUnit, boolean active) {
}
