package org.gongshang.emergency;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.emergency.EmergencyProperties.SeverityTargets;
import org.gongshang.shared.calendar.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The timers of an event: each target of its severity, due at the configured time after the report
 * (and the review's after the resolution)
 * (hours and days on the clock, working days by the working-day calendar), warned at the configured
 * share of that time, and met or missed. Withdrawn events (merged, declined) have none.
 */
@Component
public class Timers {

    private final EmergencyProperties properties;
    private final WorkingDayCalendar calendar;

    Timers(EmergencyProperties properties, WorkingDayCalendar calendar) {
        this.properties = properties;
        this.calendar = calendar;
    }

    public List<Timer> of(Emergency emergency, Instant now) {
        Milestones times = emergency.times();
        return of(emergency.status(), emergency.severity(), times.reportedAt(), times.respondedAt(), times.resolvedAt(),
                times.reviewedAt(), now);
    }

    /** For a line of the desk. */
    public List<Timer> of(EmergencyListing listing, Instant now) {
        return of(listing.status(), listing.severity(), listing.reportedAt(), listing.respondedAt(), listing.resolvedAt(),
                listing.reviewedAt(), now);
    }

    private List<Timer> of(EmergencyStatus status, Severity severity, Instant reportedAt, @Nullable Instant respondedAt,
            @Nullable Instant resolvedAt, @Nullable Instant reviewedAt, Instant now) {
        if (status.isWithdrawn()) {
            return List.of();
        }
        SeverityTargets targets = properties.targets().of(severity);
        List<Timer> timers = new ArrayList<>();
        timers.add(timer(Target.FIRST_RESPONSE, targets.firstResponse(), reportedAt, respondedAt, now));
        timers.add(timer(Target.RESOLUTION, targets.resolution(), reportedAt, resolvedAt, now));
        if (resolvedAt != null) {
            timers.add(timer(Target.REVIEW, properties.reviewWithin(), resolvedAt, reviewedAt, now));
        }
        return List.copyOf(timers);
    }

    private Timer timer(Target target, TargetTime time, Instant start, @Nullable Instant metAt, Instant now) {
        Instant due = time.dueFrom(start, calendar::plusWorkingDays);
        long warnAfter = (long) (Duration.between(start, due).toMillis() * properties.warnAt());
        Instant warnAt = start.plusMillis(warnAfter);
        Timer.State state;
        if (metAt != null) {
            state = metAt.isAfter(due) ? Timer.State.MET_LATE : Timer.State.MET;
        } else if (!now.isBefore(due)) {
            state = Timer.State.MISSED;
        } else if (!now.isBefore(warnAt)) {
            state = Timer.State.WARNING;
        } else {
            state = Timer.State.RUNNING;
        }
        return new Timer(target, start, due, warnAt, metAt, state);
    }
}
