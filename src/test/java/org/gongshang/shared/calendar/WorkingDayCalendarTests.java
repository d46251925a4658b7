package org.gongshang.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.gongshang.shared.DomainException;
import org.gongshang.support.GongshangTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Counting working days with the official 2026 schedule (国务院办公厅, seeded by V1.2). Changes are
 * made in 2031, which no other test reads.
 */
@GongshangTest
class WorkingDayCalendarTests {

    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void theDayAfterTheWednesdayBeforeNationalDayIsTheThursdayAfterIt() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void theSaturdayAfterNationalDayIsWorkedInstead() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 10, 9), 1)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse();
    }

    @Test
    void theSaturdayBeforeSpringFestivalIsWorkedInstead() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 14), 1)).isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void tenWorkingDaysFromTheStartOfSpringFestivalSkipTheWholeHoliday() {
        // 2-24 .. 2-27 (4), 2-28 Saturday worked (5), 3-2 .. 3-6 (10)
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 15), 10)).isEqualTo(LocalDate.of(2026, 3, 6));
    }

    @Test
    void negativeDaysCountBackwardsOverHolidays() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 10, 8), -1)).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 24), -1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 10, 12), -2)).isEqualTo(LocalDate.of(2026, 10, 9));
    }

    @Test
    void zeroWorkingDaysIsTheStartItself() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 10, 3), 0)).isEqualTo(LocalDate.of(2026, 10, 3));
    }

    @Test
    void workingDaysBetweenCountsAfterTheStartUpToTheEnd() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 10))).isEqualTo(3);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 9, 30))).isEqualTo(-3);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7))).isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 8))).isZero();
    }

    @Test
    void anAdminsChangeTakesEffectAtOnce() {
        LocalDate thursday = LocalDate.of(2031, 3, 6);
        assertThat(calendar.plusWorkingDays(thursday, 1)).isEqualTo(LocalDate.of(2031, 3, 7));

        calendar.set(new CalendarDay(LocalDate.of(2031, 3, 7), DayKind.HOLIDAY, "测试假日"), null);
        assertThat(calendar.plusWorkingDays(thursday, 1)).isEqualTo(LocalDate.of(2031, 3, 10));

        calendar.set(new CalendarDay(LocalDate.of(2031, 3, 8), DayKind.WORKDAY, "测试调休"), null);
        assertThat(calendar.plusWorkingDays(thursday, 1)).isEqualTo(LocalDate.of(2031, 3, 8));

        calendar.remove(LocalDate.of(2031, 3, 7), null);
        calendar.remove(LocalDate.of(2031, 3, 8), null);
        assertThat(calendar.plusWorkingDays(thursday, 1)).isEqualTo(LocalDate.of(2031, 3, 7));
    }

    @Test
    void anAdjustedWorkingDayMustFallOnAWeekend() {
        assertThatThrownBy(() -> calendar.set(new CalendarDay(LocalDate.of(2031, 3, 11), DayKind.WORKDAY, "周二调休"), null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldProblems())
                        .extracting(DomainException.FieldProblem::messageKey).containsExactly("calendar.workday.weekend"));
        assertThat(calendar.daysOf(2031)).extracting(CalendarDay::day).doesNotContain(LocalDate.of(2031, 3, 11));
    }

    @Test
    void aDayNeedsAName() {
        assertThatThrownBy(() -> calendar.set(new CalendarDay(LocalDate.of(2031, 3, 12), DayKind.HOLIDAY, " "), null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldProblems())
                        .extracting(DomainException.FieldProblem::field).containsExactly("name"));
    }
}
