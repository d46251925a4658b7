package org.gongshang.member;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * When a station's reception days (接待日) are and how many members serve each shift.
 *
 * @param weekday 1 (Monday) to 7 (Sunday)
 * @param intervalWeeks for {@link SchedulePattern#EVERY_N_WEEKS}: 1 weekly, 2 fortnightly
 * @param weekOfMonth for {@link SchedulePattern#NTH_WEEKDAY_OF_MONTH}: 1 to 4, or 5 for the last
 * @param anchorOn for {@link SchedulePattern#EVERY_N_WEEKS}: a day of the first week
 */
public record ReceptionSchedule(@Nullable SchedulePattern pattern, @Nullable Integer weekday, @Nullable Integer intervalWeeks,
        @Nullable Integer weekOfMonth, @Nullable LocalDate anchorOn, @Nullable LocalTime startsAt, @Nullable LocalTime endsAt,
        @Nullable Integer membersPerShift) {

    public @Nullable DayOfWeek dayOfWeek() {
        return weekday == null || weekday < 1 || weekday > 7 ? null : DayOfWeek.of(weekday);
    }
}
