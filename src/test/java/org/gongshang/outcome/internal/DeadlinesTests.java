package org.gongshang.outcome.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.gongshang.outcome.Assignment;
import org.gongshang.outcome.OutcomeProperties;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.gongshang.shared.calendar.WorkingDayCalendar;
import org.gongshang.support.GongshangTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every deadline of outcome transfer counted by the shared working-day calendar with the seeded
 * 2026 holidays: 国庆 (1–7 October, Saturday 10 October worked) and 春节 (15–23 February,
 * Saturdays 14 and 28 February worked). The clock is fixed at 10:00 China time of the day named.
 */
@GongshangTest
class DeadlinesTests {

    @Autowired
    WorkingDayCalendar calendar;

    Deadlines on(LocalDate day) {
        Clock clock = Clock.fixed(ZonedDateTime.of(day, LocalTime.of(10, 0), Zones.platform()).toInstant(), Zones.platform());
        return new Deadlines(calendar, OutcomeProperties.defaults(), clock);
    }

    @Test
    void aTransferJustBefore国庆SkipsTheHolidayAndCountsItsAdjustedSaturday() {
        Assignment assignment = on(LocalDate.of(2026, 9, 29)).assignment(10, List.of(11L), 5);
        assertThat(assignment.transferredOn()).isEqualTo(LocalDate.of(2026, 9, 29));
        // 9/30, then 10/8, 10/9, Saturday 10/10 (调休) and Monday 10/12; a count of weekdays alone would give 10/6.
        assertThat(assignment.dueOn()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(assignment.signDueOn()).isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(assignment.disputeDueOn()).isEqualTo(LocalDate.of(2026, 10, 14));
        assertThat(assignment.coOpinionDueOn()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(assignment.workingDays()).isEqualTo(5);
    }

    @Test
    void theDefaultPeriodIsSixtyThreeWorkingDays() {
        Assignment assignment = on(LocalDate.of(2026, 9, 29)).assignment(10, List.of(), null);
        assertThat(assignment.workingDays()).isEqualTo(63);
        assertThat(assignment.dueOn()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(calendar.workingDaysBetween(assignment.transferredOn(), assignment.dueOn())).isEqualTo(63);
    }

    @Test
    void signingBefore春节CountsTheWorkedSaturdayAndSkipsTheHoliday() {
        Assignment assignment = on(LocalDate.of(2026, 2, 13)).assignment(10, List.of(), 63);
        assertThat(assignment.signDueOn()).isEqualTo(LocalDate.of(2026, 2, 25));
    }

    @Test
    void aTransferMadeOnAHolidayCountsFromTheNextWorkingDay() {
        assertThat(on(LocalDate.of(2026, 10, 3)).dueIfTransferredToday(1)).isEqualTo(LocalDate.of(2026, 10, 8));
    }

    @Test
    void theRatingWindowAndTheRehandlingDeadlineAreWorkingDaysToo() {
        Deadlines deadlines = on(LocalDate.of(2026, 9, 30));
        assertThat(deadlines.ratingWindowClosesOn()).isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(deadlines.rehandlingDue()).isEqualTo(calendar.plusWorkingDays(LocalDate.of(2026, 9, 30), 21));
        assertThat(deadlines.extendedDue(LocalDate.of(2026, 9, 30), 10)).isEqualTo(LocalDate.of(2026, 10, 20));
    }

    @Test
    void workingDaysLeftSkipTheHolidayAndTurnNegativeOnceOverdue() {
        assertThat(on(LocalDate.of(2026, 9, 30)).workingDaysLeft(LocalDate.of(2026, 10, 12))).isEqualTo(4);
        assertThat(on(LocalDate.of(2026, 10, 12)).workingDaysLeft(LocalDate.of(2026, 10, 12))).isZero();
        assertThat(on(LocalDate.of(2026, 10, 14)).workingDaysLeft(LocalDate.of(2026, 10, 12))).isEqualTo(-2);
        // Over the holiday nothing runs late: due on 9/30, it is one working day overdue on 10/8.
        assertThat(on(LocalDate.of(2026, 10, 8)).workingDaysLeft(LocalDate.of(2026, 9, 30))).isEqualTo(-1);
    }

    @Test
    void aPeriodOutsideOneToThreeMonthsIsTheWorkingDaysFieldsProblem() {
        for (int days : new int[] {0, -3, 64}) {
            assertThatThrownBy(() -> on(LocalDate.of(2026, 9, 29)).assignment(10, List.of(), days))
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                        assertThat(e.fieldProblems()).singleElement().extracting(DomainException.FieldProblem::field).isEqualTo("workingDays");
                    });
        }
    }
}
