package org.gongshang.shared.calendar;

import java.time.LocalDate;

/** One day that an official notice changes, e.g. 2026-02-14 WORKDAY 春节调休. */
public record CalendarDay(LocalDate day, DayKind kind, String name) {
}
