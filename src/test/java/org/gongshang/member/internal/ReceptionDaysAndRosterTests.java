package org.gongshang.member.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongshang.member.SchedulePattern;
import org.gongshang.member.internal.RosterGenerator.Candidate;
import org.gongshang.member.internal.RosterGenerator.Slot;
import org.junit.jupiter.api.Test;

/** Reception days and the roster generator, without Spring. */
class ReceptionDaysAndRosterTests {

    static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

    @Test
    void everySecondTuesdayCountsFromTheAnchorWeek() {
        List<LocalDate> days = ReceptionDays.between(SchedulePattern.EVERY_N_WEEKS, DayOfWeek.TUESDAY, 2, 1,
                LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30), day -> true);

        assertThat(days).containsExactly(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 4, 14), LocalDate.of(2026, 4, 28));
    }

    @Test
    void aPeriodBeforeTheAnchorStillFallsInStep() {
        List<LocalDate> days = ReceptionDays.between(SchedulePattern.EVERY_N_WEEKS, DayOfWeek.TUESDAY, 2, 1,
                LocalDate.of(2026, 3, 17), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), day -> true);

        assertThat(days).containsExactly(LocalDate.of(2026, 2, 3), LocalDate.of(2026, 2, 17));
    }

    @Test
    void theSecondTuesdayOfEachMonthAndTheLastFriday() {
        assertThat(ReceptionDays.between(SchedulePattern.NTH_WEEKDAY_OF_MONTH, DayOfWeek.TUESDAY, 1, 2, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), day -> true))
                .containsExactly(LocalDate.of(2026, 1, 13), LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 10));
        assertThat(ReceptionDays.between(SchedulePattern.NTH_WEEKDAY_OF_MONTH, DayOfWeek.FRIDAY, 1, 5, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28), day -> true))
                .containsExactly(LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 27));
    }

    @Test
    void holidaysAreNoReceptionDays() {
        LocalDate holiday = LocalDate.of(2026, 10, 6);
        List<LocalDate> days = ReceptionDays.between(SchedulePattern.EVERY_N_WEEKS, DayOfWeek.TUESDAY, 1, 1,
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 14), day -> !day.equals(holiday));

        assertThat(days).containsExactly(LocalDate.of(2026, 9, 29), LocalDate.of(2026, 10, 13));
    }

    @Test
    void withEveryoneAvailableDutiesDifferByAtMostOne() {
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            slots.add(new Slot(i, LocalDate.of(2026, 1, 6).plusWeeks(i), 2, Set.of()));
        }
        List<Candidate> members = List.of(new Candidate(1, 0, LONG_AGO), new Candidate(2, 0, LONG_AGO),
                new Candidate(3, 0, LONG_AGO), new Candidate(4, 0, LONG_AGO), new Candidate(5, 0, LONG_AGO));

        Map<Long, Long> duties = counts(RosterGenerator.assign(slots, members, Map.of()));

        assertThat(duties.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(26);
        assertThat(duties.values().stream().mapToLong(Long::longValue).max().orElseThrow()
                - duties.values().stream().mapToLong(Long::longValue).min().orElseThrow()).isLessThanOrEqualTo(1);
    }

    @Test
    void whoServedOftenBeforeServesLessNow() {
        List<Slot> slots = List.of(new Slot(1, LocalDate.of(2026, 1, 6), 1, Set.of()), new Slot(2, LocalDate.of(2026, 1, 13), 1, Set.of()),
                new Slot(3, LocalDate.of(2026, 1, 20), 1, Set.of()));
        List<Candidate> members = List.of(new Candidate(1, 5, LONG_AGO), new Candidate(2, 2, LONG_AGO), new Candidate(3, 0, LONG_AGO));

        Map<Long, List<Long>> roster = RosterGenerator.assign(slots, members, Map.of());

        assertThat(roster.get(1L)).containsExactly(3L);
        assertThat(roster.get(2L)).containsExactly(3L);
        assertThat(roster.get(3L)).containsExactly(2L);
    }

    @Test
    void aMemberIsNotPutOnADayTheyMarkedUnavailable() {
        LocalDate day = LocalDate.of(2026, 1, 6);
        Map<Long, Set<LocalDate>> unavailable = new HashMap<>();
        unavailable.put(1L, Set.of(day));
        List<Candidate> members = List.of(new Candidate(1, 0, LONG_AGO), new Candidate(2, 3, LONG_AGO));

        Map<Long, List<Long>> roster = RosterGenerator.assign(List.of(new Slot(1, day, 1, Set.of())), members, unavailable);

        assertThat(roster.get(1L)).containsExactly(2L);
    }

    @Test
    void membersAlreadyOnAShiftStayAndCount() {
        List<Candidate> members = List.of(new Candidate(1, 0, LONG_AGO), new Candidate(2, 0, LONG_AGO), new Candidate(3, 0, LONG_AGO));

        Map<Long, List<Long>> roster = RosterGenerator.assign(List.of(new Slot(1, LocalDate.of(2026, 1, 6), 2, Set.of(1L))),
                members, Map.of());

        assertThat(roster.get(1L)).containsExactly(2L);
    }

    @Test
    void tooFewAvailableMembersLeaveTheShiftShort() {
        LocalDate day = LocalDate.of(2026, 1, 6);
        Map<Long, List<Long>> roster = RosterGenerator.assign(List.of(new Slot(1, day, 3, Set.of())),
                List.of(new Candidate(1, 0, LONG_AGO), new Candidate(2, 0, LONG_AGO)), Map.of(2L, Set.of(day)));

        assertThat(roster.get(1L)).containsExactly(1L);
    }

    private static Map<Long, Long> counts(Map<Long, List<Long>> roster) {
        return roster.values().stream().flatMap(List::stream).collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    }
}
