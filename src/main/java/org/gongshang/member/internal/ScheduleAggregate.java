package org.gongshang.member.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.member.ReceptionSchedule;
import org.gongshang.member.SchedulePattern;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A station's recurrence of reception days, as kept; the station's id is its id. */
@Table("member_reception_schedule")
public record ScheduleAggregate(@Id long stationId, SchedulePattern pattern, int weekday, int intervalWeeks, int weekOfMonth,
        LocalDate anchorOn, LocalTime startsAt, LocalTime endsAt, int membersPerShift, @Version @Nullable Long version) {

    public static final int MAX_MEMBERS_PER_SHIFT = 10;
    public static final int MAX_INTERVAL_WEEKS = 8;

    /** A new schedule or a changed one ({@code version} of the stored one, or null). */
    public static ScheduleAggregate of(long stationId, ReceptionSchedule schedule, @Nullable Long version) {
        List<FieldProblem> problems = new ArrayList<>();
        if (schedule.pattern() == null) {
            problems.add(new FieldProblem("pattern", "member.schedule.pattern"));
        }
        if (schedule.dayOfWeek() == null) {
            problems.add(new FieldProblem("weekday", "member.schedule.weekday"));
        }
        int interval = schedule.intervalWeeks() == null ? 1 : schedule.intervalWeeks();
        if (interval < 1 || interval > MAX_INTERVAL_WEEKS) {
            problems.add(new FieldProblem("intervalWeeks", "member.schedule.interval", MAX_INTERVAL_WEEKS));
        }
        int week = schedule.weekOfMonth() == null ? 1 : schedule.weekOfMonth();
        if (week < 1 || week > 5) {
            problems.add(new FieldProblem("weekOfMonth", "member.schedule.week-of-month"));
        }
        if (schedule.startsAt() == null || schedule.endsAt() == null || !schedule.endsAt().isAfter(schedule.startsAt())) {
            problems.add(new FieldProblem("endsAt", "member.schedule.times"));
        }
        Integer members = schedule.membersPerShift();
        if (members == null || members < 1 || members > MAX_MEMBERS_PER_SHIFT) {
            problems.add(new FieldProblem("membersPerShift", "member.schedule.members", MAX_MEMBERS_PER_SHIFT));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        LocalDate anchor = schedule.anchorOn() == null ? LocalDate.of(2024, 1, 1) : schedule.anchorOn();
        return new ScheduleAggregate(stationId, schedule.pattern(), schedule.weekday(), interval, week, anchor,
                schedule.startsAt(), schedule.endsAt(), members, version);
    }

    public ReceptionSchedule view() {
        return new ReceptionSchedule(pattern, weekday, intervalWeeks, weekOfMonth, anchorOn, startsAt, endsAt, membersPerShift);
    }
}
