package org.gongshang.member;

/** A member short of a yearly minimum, e.g. one micro-consultation of the two a year. */
public record BelowMinimum(long memberId, String name, String sectorName, DutyActivity activity, int records, int minimum) {
}
