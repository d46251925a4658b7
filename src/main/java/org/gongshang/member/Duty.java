package org.gongshang.member;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A member on duty at a shift, checked in or not yet. */
public record Duty(long id, long shiftId, long memberId, String memberName, @Nullable Instant checkedInAt,
        @Nullable ShiftCheckInMethod method) {

    public boolean checkedIn() {
        return checkedInAt != null;
    }
}
