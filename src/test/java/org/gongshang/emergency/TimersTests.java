package org.gongshang.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;

import org.gongshang.emergency.EmergencyProperties.Major;
import org.gongshang.emergency.EmergencyProperties.Minor;
import org.gongshang.emergency.EmergencyProperties.Serious;
import org.gongshang.shared.Zones;
import org.gongshang.shared.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * The timers across hours, days on the clock and working days: a 重大 event's two hours run through
 * the night, a working-day target skips the weekend and a holiday, warnings come at the configured
 * share, and met, late and missed are told apart.
 */
class TimersTests {

    /** Friday 2026-09-25, 22:00 in China; the National Day holiday runs 1–7 October, Sunday 27 September is worked. */
    static final Instant FRIDAY_NIGHT = ZonedDateTime.of(2026, 9, 25, 22, 0, 0, 0, Zones.DEFAULT).toInstant();
    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5));
    static final LocalDate WORKED_SUNDAY = LocalDate.of(2026, 9, 27);

    final Timers timers = new Timers(properties("2h", "7d", "2wd"), calendar());

    @Test
    void aMajorEventsFirstResponseIsDueTwoHoursLaterEvenAtNightAndWarnsAtThreeQuarters() {
        Timer first = timer(Severity.MAJOR, Target.FIRST_RESPONSE, null, FRIDAY_NIGHT.plus(Duration.ofMinutes(30)));

        assertThat(first.due()).isEqualTo(FRIDAY_NIGHT.plus(Duration.ofHours(2)));
        assertThat(first.warnAt()).isEqualTo(FRIDAY_NIGHT.plus(Duration.ofMinutes(90)));
        assertThat(first.state()).isEqualTo(Timer.State.RUNNING);
        assertThat(timer(Severity.MAJOR, Target.FIRST_RESPONSE, null, FRIDAY_NIGHT.plus(Duration.ofMinutes(91))).state())
                .isEqualTo(Timer.State.WARNING);
        assertThat(timer(Severity.MAJOR, Target.FIRST_RESPONSE, null, FRIDAY_NIGHT.plus(Duration.ofHours(2))).state())
                .as("due means missed").isEqualTo(Timer.State.MISSED);
    }

    @Test
    void daysOnTheClockDoNotWaitForMonday() {
        Timer resolution = timer(Severity.MAJOR, Target.RESOLUTION, null, FRIDAY_NIGHT);

        assertThat(resolution.due()).isEqualTo(FRIDAY_NIGHT.plus(Duration.ofDays(7)));
    }

    @Test
    void workingDaysSkipTheWeekendButCountAWorkedSunday() {
        // 2 working days after Friday: the worked Sunday 27th, then Monday 28th; due at the end of Monday.
        Timer first = timer(Severity.MINOR, Target.FIRST_RESPONSE, null, FRIDAY_NIGHT);

        assertThat(first.due()).isEqualTo(ZonedDateTime.of(2026, 9, 29, 0, 0, 0, 0, Zones.DEFAULT).toInstant());
    }

    @Test
    void workingDaysSkipHolidays() {
        Instant wednesday = ZonedDateTime.of(2026, 9, 30, 9, 0, 0, 0, Zones.DEFAULT).toInstant();
        Emergency reported = emergency(Severity.MINOR, wednesday, null, null, EmergencyStatus.OPEN);

        // 1 and 2 October are holidays, 3 and 4 the weekend, 5 a holiday: Tuesday 6th and Wednesday 7th count.
        assertThat(timers.of(reported, wednesday).getFirst().due())
                .isEqualTo(ZonedDateTime.of(2026, 10, 8, 0, 0, 0, 0, Zones.DEFAULT).toInstant());
    }

    @Test
    void metInTimeMetLateAndTheResolutionMeetsTheFirstResponseToo() {
        Instant later = FRIDAY_NIGHT.plus(Duration.ofHours(1));
        assertThat(timer(Severity.MAJOR, Target.FIRST_RESPONSE, later, later).state()).isEqualTo(Timer.State.MET);
        Instant tooLate = FRIDAY_NIGHT.plus(Duration.ofHours(3));
        assertThat(timer(Severity.MAJOR, Target.FIRST_RESPONSE, tooLate, tooLate).state()).isEqualTo(Timer.State.MET_LATE);

        Milestones viaResolution = Milestones.reported(FRIDAY_NIGHT).resolved(later);
        assertThat(viaResolution.respondedAt()).as("the resolution is the first response when none was recorded").isEqualTo(later);
        Emergency resolved = emergency(Severity.MAJOR, FRIDAY_NIGHT, viaResolution.respondedAt(), viaResolution.resolvedAt(),
                EmergencyStatus.RESOLVED);
        assertThat(timers.of(resolved, later)).filteredOn(timer -> timer.target() != Target.REVIEW).extracting(Timer::state)
                .containsOnly(Timer.State.MET);
    }

    @Test
    void theReviewIsDueTenWorkingDaysAfterTheResolutionAcrossTheNationalDayHoliday() {
        Instant resolvedAt = ZonedDateTime.of(2026, 9, 29, 15, 0, 0, 0, Zones.DEFAULT).toInstant();
        Emergency resolved = new Emergency(1, "凤凰苑地下车库被淹", "", EmergencyCategory.UTILITIES, Severity.MAJOR,
                EmergencyStatus.RESOLVED, new Place("511702001001", "511702001001", "511702001000", "511702", null, null, null),
                FRIDAY_NIGHT, null, 1, new Milestones(FRIDAY_NIGHT, FRIDAY_NIGHT, resolvedAt, null, resolvedAt, null),
                EscalationLevel.COMMUNITY, 1L, null, null, null, null, null, null, null);

        Timer review = timers.of(resolved, resolvedAt).stream().filter(t -> t.target() == Target.REVIEW).findFirst().orElseThrow();

        // Working days after Tue 29 Sep: 30 Sep, then (1, 2, 5 October holidays, 3–4 weekend) 6, 7, 8, 9, 12, 13, 14, 15, 16.
        assertThat(review.due()).isEqualTo(ZonedDateTime.of(2026, 10, 17, 0, 0, 0, 0, Zones.DEFAULT).toInstant());
        assertThat(timers.of(emergency(Severity.MAJOR, FRIDAY_NIGHT, null, null, EmergencyStatus.OPEN), FRIDAY_NIGHT))
                .as("no review before the resolution").extracting(Timer::target).doesNotContain(Target.REVIEW);
    }

    @Test
    void withdrawnEventsHaveNoTimers() {
        assertThat(timers.of(emergency(Severity.MAJOR, FRIDAY_NIGHT, null, null, EmergencyStatus.MERGED), FRIDAY_NIGHT)).isEmpty();
        assertThat(timers.of(emergency(Severity.MAJOR, FRIDAY_NIGHT, null, null, EmergencyStatus.DECLINED), FRIDAY_NIGHT)).isEmpty();
    }

    @Test
    void targetTimesReadHoursDaysAndWorkingDaysAndRefuseAnythingElse() {
        assertThat(TargetTime.of("2h")).isEqualTo(new TargetTime(2, TargetTime.Unit.HOURS));
        assertThat(TargetTime.of(" 10WD ")).isEqualTo(new TargetTime(10, TargetTime.Unit.WORKING_DAYS));
        assertThatThrownBy(() -> TargetTime.of("0h")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TargetTime.of("2 weeks")).isInstanceOf(IllegalArgumentException.class);
    }

    private Timer timer(Severity severity, Target target, Instant respondedAt, Instant now) {
        Emergency emergency = emergency(severity, FRIDAY_NIGHT, respondedAt, null, EmergencyStatus.OPEN);
        return timers.of(emergency, now).stream().filter(timer -> timer.target() == target).findFirst().orElseThrow();
    }

    private static Emergency emergency(Severity severity, Instant reported, Instant respondedAt, Instant resolvedAt,
            EmergencyStatus status) {
        Milestones times = new Milestones(reported, reported, respondedAt, null, resolvedAt, null);
        return new Emergency(1, "凤凰苑地下车库被淹", "", EmergencyCategory.UTILITIES, severity, status,
                new Place("511702001001", "511702001001", "511702001000", "511702", null, null, (BigDecimal) null),
                reported, null, 1, times, EscalationLevel.COMMUNITY, 1L, null, null, null, null, null, null, null);
    }

    private static EmergencyProperties properties(String majorFirst, String majorResolution, String minorFirst) {
        var targets = new EmergencyProperties.Targets(new Minor(TargetTime.of(minorFirst), TargetTime.of("30d")),
                new Serious(TargetTime.of("6h"), TargetTime.of("15d")),
                new Major(TargetTime.of(majorFirst), TargetTime.of(majorResolution)));
        return new EmergencyProperties(targets, TargetTime.of("10wd"), 0.75, Duration.ofMinutes(1),
                new EmergencyProperties.Similar(Duration.ofDays(30), 0.7, 5), new EmergencyProperties.Photos(6, DataSize.ofMegabytes(8)));
    }

    private static WorkingDayCalendar calendar() {
        WorkingDayCalendar calendar = mock(WorkingDayCalendar.class);
        when(calendar.plusWorkingDays(any(), anyInt())).thenAnswer(call -> {
            LocalDate day = call.getArgument(0);
            for (int remaining = call.<Integer>getArgument(1); remaining > 0; ) {
                day = day.plusDays(1);
                boolean weekend = day.getDayOfWeek().getValue() >= 6;
                if (!HOLIDAYS.contains(day) && (!weekend || day.equals(WORKED_SUNDAY))) {
                    remaining--;
                }
            }
            return day;
        });
        return calendar;
    }
}
