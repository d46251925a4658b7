package org.gongshang.member.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.gongshang.member.SchedulePattern;

/**
 * The reception days of a recurrence in a period, without the days that are not working days
 * (holidays; a weekend day worked instead of a holiday (调休) is not a reception day unless the
 * recurrence falls on it). Plain Java, tested alone.
 */
public final class ReceptionDays {

    private ReceptionDays() {
    }

    /**
     * @param weekOfMonth 1 to 4, or 5 for the last such weekday of the month
     * @param isWorkingDay the working-day calendar
     */
    public static List<LocalDate> between(SchedulePattern pattern, DayOfWeek weekday, int intervalWeeks, int weekOfMonth,
            LocalDate anchor, LocalDate from, LocalDate to, Predicate<LocalDate> isWorkingDay) {
        List<LocalDate> days = new ArrayList<>();
        if (to.isBefore(from)) {
            return days;
        }
        switch (pattern) {
            case EVERY_N_WEEKS -> {
                int interval = Math.max(1, intervalWeeks);
                LocalDate firstWeekday = from.with(TemporalAdjusters.nextOrSame(weekday));
                long sinceAnchor = ChronoUnit.WEEKS.between(anchor.with(TemporalAdjusters.nextOrSame(weekday)), firstWeekday);
                long off = Math.floorMod(sinceAnchor, interval);
                LocalDate start = off == 0 ? firstWeekday : firstWeekday.plusWeeks(interval - off);
                for (LocalDate day = start; !day.isAfter(to); day = day.plusWeeks(interval)) {
                    days.add(day);
                }
            }
            case NTH_WEEKDAY_OF_MONTH -> {
                for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
                    LocalDate day = weekOfMonth >= 5 ? month.with(TemporalAdjusters.lastInMonth(weekday))
                            : month.with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, weekday));
                    if (!day.isBefore(from) && !day.isAfter(to)) {
                        days.add(day);
                    }
                }
            }
        }
        return days.stream().filter(isWorkingDay).sorted().toList();
    }
}
