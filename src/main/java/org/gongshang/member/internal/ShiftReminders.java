package org.gongshang.member.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.member.Member;
import org.gongshang.member.Members;
import org.gongshang.member.internal.ShiftStore.DutyRow;
import org.gongshang.notification.MessageKind;
import org.gongshang.notification.Notice;
import org.gongshang.notification.Notices;
import org.gongshang.shared.Zones;
import org.gongshang.shared.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds members of their shifts on the working day before (by SMS and in the inbox): on a
 * working day, the shifts of the days up to and including the next working day, so that a Monday
 * shift is reminded on Friday. Each duty is claimed once in the database, so a second run (on
 * another node, or after a restart) sends nothing twice.
 */
@Component
public class ShiftReminders {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(Zones.platform());

    private final ShiftStore store;
    private final StationRepository stations;
    private final Members members;
    private final WorkingDayCalendar calendar;
    private final Notices notices;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ShiftReminders(ShiftStore store, StationRepository stations, Members members, WorkingDayCalendar calendar, Notices notices,
            TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.stations = stations;
        this.members = members;
        this.calendar = calendar;
        this.notices = notices;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** @return the reminders sent today */
    public int run() {
        return run(LocalDate.now(clock.withZone(Zones.platform())));
    }

    /** @return the reminders sent on the day given */
    public int run(LocalDate today) {
        if (!calendar.isWorkingDay(today)) {
            return 0;
        }
        LocalDate next = calendar.plusWorkingDays(today, 1);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = today.plusDays(1); !day.isAfter(next); day = day.plusDays(1)) {
            days.add(day);
        }
        int sent = 0;
        for (DutyRow duty : store.unremindedOn(days)) {
            Boolean done = transaction.execute(status -> {
                if (!store.claimReminder(duty.id(), today)) {
                    return false;
                }
                Member member = members.get(duty.memberId());
                String station = stations.findById(duty.stationId()).map(StationAggregate::name).orElse("");
                notices.send(List.of(member.accountId()), Notice.of(MessageKind.GENERAL, "member.shift.reminder.title",
                        "member.shift.reminder.body", station, duty.day(), TIME.format(duty.startsAt()), TIME.format(duty.endsAt()))
                        .linkingTo("/duty/shifts").urgent());
                return true;
            });
            sent += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return sent;
    }
}
