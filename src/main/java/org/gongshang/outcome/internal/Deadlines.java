package org.gongshang.outcome.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongshang.outcome.Assignment;
import org.gongshang.outcome.OutcomeProperties;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.gongshang.shared.calendar.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Every deadline of outcome transfer, counted in working days by the shared calendar from today
 * (the application clock, in China time), so that holidays and 调休 are respected.
 */
@Component("outcomeDeadlines")
public class Deadlines {

    private final WorkingDayCalendar calendar;
    private final OutcomeProperties properties;
    private final Clock clock;

    Deadlines(WorkingDayCalendar calendar, OutcomeProperties properties, Clock clock) {
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.platform()));
    }

    /**
     * The assignment of a transfer made today.
     *
     * @param workingDays null for the default handling period
     * @throws DomainException INVALID for a period outside 1 … the handling period
     */
    public Assignment assignment(long lead, List<Long> coHandlers, @Nullable Integer workingDays) {
        int days = workingDays == null ? properties.handlingWorkingDays() : workingDays;
        if (days < 1 || days > properties.handlingWorkingDays()) {
            throw DomainException.invalidField("workingDays", "outcome.transfer.days-invalid", properties.handlingWorkingDays());
        }
        LocalDate today = today();
        return new Assignment(lead, coHandlers, today, days, calendar.plusWorkingDays(today, days),
                calendar.plusWorkingDays(today, properties.signWorkingDays()),
                calendar.plusWorkingDays(today, properties.disputeWorkingDays()),
                calendar.plusWorkingDays(today, properties.coOpinionWorkingDays()));
    }

    /** The due date a transfer made today would get, for the transfer form. */
    public LocalDate dueIfTransferredToday(int workingDays) {
        return calendar.plusWorkingDays(today(), workingDays);
    }

    public LocalDate rehandlingDue() {
        return calendar.plusWorkingDays(today(), properties.rehandlingWorkingDays());
    }

    public LocalDate ratingWindowClosesOn() {
        return calendar.plusWorkingDays(today(), properties.ratingWorkingDays());
    }

    public LocalDate extendedDue(LocalDate dueOn, int moreWorkingDays) {
        return calendar.plusWorkingDays(dueOn, moreWorkingDays);
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return calendar.workingDaysBetween(from, to);
    }

    /** Working days from today to the due date: positive before it, 0 on it, negative once overdue. */
    public int workingDaysLeft(LocalDate dueOn) {
        return calendar.workingDaysBetween(today(), dueOn);
    }

    public LocalDate nearDueLimit() {
        return calendar.plusWorkingDays(today(), properties.nearDueWorkingDays());
    }

    public boolean isWorkingDay(LocalDate day) {
        return calendar.isWorkingDay(day);
    }
}
