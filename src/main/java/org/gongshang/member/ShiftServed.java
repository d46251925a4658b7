package org.gongshang.member;

import java.time.LocalDate;

/** A member on duty was checked in at a station's shift: they served it (counts as a duty record). */
public record ShiftServed(long memberId, long dutyId, long stationId, String stationName, LocalDate day) {
}
