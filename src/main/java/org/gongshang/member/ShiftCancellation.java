package org.gongshang.member;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.member.internal.BookingStore;
import org.gongshang.member.internal.ShiftStore;
import org.gongshang.member.internal.StationAggregate;
import org.gongshang.notification.MessageKind;
import org.gongshang.notification.Notice;
import org.gongshang.notification.Notices;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff cancelling a shift that has not begun; the members on it and the residents who booked it are told. */
@Service
public class ShiftCancellation {

    private final StationMaintenance stations;
    private final Rosters rosters;
    private final ShiftStore store;
    private final BookingStore bookings;
    private final Members members;
    private final Notices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShiftCancellation(StationMaintenance stations, Rosters rosters, ShiftStore store, BookingStore bookings, Members members,
            Notices notices, ApplicationEventPublisher events, Clock clock) {
        this.stations = stations;
        this.rosters = rosters;
        this.store = store;
        this.bookings = bookings;
        this.members = members;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /** @throws DomainException CONFLICT once the shift has begun or when it is cancelled already */
    @Transactional
    public void cancel(long shiftId, Actor actor) {
        Shift shift = rosters.shift(shiftId);
        StationAggregate station = stations.load(shift.stationId(), actor);
        if (shift.cancelled() || !shift.startsAt().isAfter(clock.instant())) {
            throw DomainException.conflict("member.shift.started");
        }
        store.cancelShift(shiftId);
        events.publishEvent(AuditRecord.of("member.shift-cancelled", actor.accountId(), "member-shift", shiftId));
        List<Long> accounts = new ArrayList<>();
        shift.duties().forEach(duty -> members.find(duty.memberId()).ifPresent(m -> accounts.add(m.accountId())));
        bookings.ofShift(shiftId).forEach(booking -> accounts.add(booking.accountId()));
        if (!accounts.isEmpty()) {
            notices.send(accounts, Notice.of(MessageKind.GENERAL, "member.shift.cancelled.title", "member.shift.cancelled.body",
                    station.name(), shift.day()).linkingTo("/stations/" + station.requireId()));
        }
    }
}
