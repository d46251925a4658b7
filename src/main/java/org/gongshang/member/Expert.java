package org.gongshang.member;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Someone in a committee's expert pool (专家库): not a member, invited to consultations for their
 * expertise. The phone only masked.
 *
 * @param accountId their account, when they have one, so that they can be invited by it
 */
public record Expert(long id, long committeeId, String name, List<String> expertise, @Nullable String workUnit,
        @Nullable String title, @Nullable String maskedPhone, @Nullable Long accountId, boolean active) {

    public Expert {
        expertise = List.copyOf(expertise);
    }
}
