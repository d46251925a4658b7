package org.gongshang.member;

import java.time.LocalDate;

/** A member recorded a grid visit (counts as a duty record). */
public record GridVisitRecorded(long memberId, long visitId, String gridName, LocalDate visitedOn) {
}
