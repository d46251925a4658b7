package org.gongshang.member;

import java.time.LocalDate;

/** A member recorded a visitor's matter at a station (counts as a duty record). */
public record ReceptionRecorded(long memberId, long receptionId, String stationName, LocalDate day) {
}
