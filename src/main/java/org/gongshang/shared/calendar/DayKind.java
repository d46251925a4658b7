package org.gongshang.shared.calendar;

/**
 * How an official notice changes a day: a HOLIDAY (法定节假日, a rest day even on a weekday) or
 * a WORKDAY (调休上班, a working day even on a weekend). Days without an entry follow the week.
 */
public enum DayKind {
    HOLIDAY, WORKDAY
}
