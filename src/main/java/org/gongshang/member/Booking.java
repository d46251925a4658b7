package org.gongshang.member;

import java.time.Instant;

/** A resident's booking (预约) of a reception shift; the name as the members on duty see it (masked). */
public record Booking(long id, long shiftId, long accountId, String maskedName, String matter, Instant bookedAt) {
}
