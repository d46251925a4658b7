package org.gongshang.member;

import java.time.Clock;
import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.member.internal.BookingStore;
import org.gongshang.member.internal.MaskedNames;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents booking a reception shift online (预约): a few words on the matter, one booking per
 * person and shift, up to the station's places per shift; the members on duty see who comes.
 */
@Service
public class Bookings {

    public static final int MAX_MATTER = 300;

    private final BookingStore store;
    private final Rosters rosters;
    private final Stations stations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Bookings(BookingStore store, Rosters rosters, Stations stations, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.rosters = rosters;
        this.stations = stations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws DomainException INVALID without a matter, CONFLICT for a shift past, cancelled or full, or booked already
     */
    @Transactional
    public long book(long shiftId, @Nullable String matter, Actor actor) {
        Shift shift = rosters.shift(shiftId);
        Station station = stations.getActive(shift.stationId());
        String text = Texts.clean(matter);
        if (text == null || text.length() > MAX_MATTER) {
            throw DomainException.invalidField("matter", "member.booking.matter.invalid", MAX_MATTER);
        }
        if (shift.cancelled() || !shift.endsAt().isAfter(clock.instant())) {
            throw DomainException.conflict("member.booking.closed");
        }
        if (store.lockAndCount(shiftId) >= station.bookingsPerShift()) {
            throw DomainException.conflict("member.booking.full");
        }
        if (store.hasBooked(shiftId, actor.accountId())) {
            throw DomainException.conflict("member.booking.already");
        }
        long id = store.insert(shiftId, actor.accountId(), MaskedNames.of(actor.realName()), text, Rows.now(clock));
        events.publishEvent(AuditRecord.of("member.booked", actor.accountId(), "member-shift", shiftId).with("booking", id));
        return id;
    }

    @Transactional
    public void cancel(long bookingId, Actor actor) {
        if (!store.cancel(bookingId, actor.accountId())) {
            throw DomainException.notFound("member.booking.unknown", bookingId);
        }
        events.publishEvent(AuditRecord.of("member.booking-cancelled", actor.accountId(), "member-booking", bookingId));
    }

    /** The bookings of a shift, for the members on it and staff. */
    public List<Booking> ofShift(long shiftId) {
        return store.ofShift(shiftId);
    }

    /** The resident's bookings of shifts to come. */
    public List<Booking> mine(Actor actor) {
        return store.ofAccount(actor.accountId());
    }
}
