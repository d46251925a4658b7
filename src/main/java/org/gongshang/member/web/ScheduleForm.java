package org.gongshang.member.web;

import java.time.LocalDate;
import java.time.LocalTime;

import org.gongshang.member.ReceptionSchedule;
import org.gongshang.member.SchedulePattern;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A station's reception schedule as staff type it. */
record ScheduleForm(@Nullable SchedulePattern pattern, @Nullable Integer weekday, @Nullable Integer intervalWeeks,
        @Nullable Integer weekOfMonth, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate anchorOn,
        @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime startsAt, @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime endsAt,
        @Nullable Integer membersPerShift) {

    static ScheduleForm of(@Nullable ReceptionSchedule schedule) {
        if (schedule == null) {
            return new ScheduleForm(SchedulePattern.EVERY_N_WEEKS, 2, 2, 2, null, LocalTime.of(14, 30), LocalTime.of(17, 30), 2);
        }
        return new ScheduleForm(schedule.pattern(), schedule.weekday(), schedule.intervalWeeks(), schedule.weekOfMonth(),
                schedule.anchorOn(), schedule.startsAt(), schedule.endsAt(), schedule.membersPerShift());
    }

    ReceptionSchedule schedule() {
        return new ReceptionSchedule(pattern, weekday, intervalWeeks, weekOfMonth, anchorOn, startsAt, endsAt, membersPerShift);
    }
}
