package org.gongshang.member;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A member assigned by staff to a community or village for a period (入驻). */
public record Assignment(long id, long memberId, String memberName, String communityCode, String communityName,
        LocalDate startsOn, LocalDate endsOn, @Nullable String note) {

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
