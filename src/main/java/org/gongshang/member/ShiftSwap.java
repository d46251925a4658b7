package org.gongshang.member;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A member asking another to take their duty, perhaps in exchange for one of the other's, and how it ended.
 *
 * @param exchangeDay the day of the other's duty taken in exchange, if any
 */
public record ShiftSwap(long id, long dutyId, String stationName, LocalDate day, long fromMemberId, String fromName,
        long toMemberId, String toName, @Nullable Long exchangeDutyId, @Nullable LocalDate exchangeDay, SwapStatus status,
        @Nullable String note, Instant requestedAt, @Nullable Instant decidedAt) {
}
