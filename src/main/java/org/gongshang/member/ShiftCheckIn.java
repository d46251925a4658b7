package org.gongshang.member;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.gongshang.identity.Actor;
import org.gongshang.member.internal.CheckInTokens;
import org.gongshang.member.internal.CheckInTokens.Claim;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.member.internal.ShiftStore;
import org.gongshang.member.internal.ShiftStore.DutyRow;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Check-in at a station's shift: the station shows a QR code with a signed token valid only during
 * the shift (from a little before it starts); a member on duty scans it and is checked in. The
 * station contact (or staff) can check a member in by hand instead.
 */
@Service
public class ShiftCheckIn {

    private final CheckInTokens tokens;
    private final ShiftStore store;
    private final Rosters rosters;
    private final Stations stations;
    private final Members members;
    private final MemberAccess access;
    private final MemberProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShiftCheckIn(CheckInTokens tokens, ShiftStore store, Rosters rosters, Stations stations, Members members, MemberAccess access,
            MemberProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.store = store;
        this.rosters = rosters;
        this.stations = stations;
        this.members = members;
        this.access = access;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The token for the QR code shown at the station, for its contact or staff.
     *
     * @throws DomainException CONFLICT outside the shift (or shortly before it), FORBIDDEN for anyone else
     */
    public String token(long shiftId, Actor actor) {
        Shift shift = rosters.shift(shiftId);
        requireContactOrStaff(stations.find(shift.stationId()).orElseThrow(), actor);
        requireOpen(shift, clock.instant());
        return tokens.issue(shiftId, shift.endsAt());
    }

    /**
     * @throws DomainException INVALID for a token that is not one, CONFLICT outside its shift or when
     *     checked in already, FORBIDDEN for someone not on duty at the shift
     */
    @Transactional
    public Shift checkIn(String token, Actor actor) {
        Claim claim = tokens.read(token).orElseThrow(() -> DomainException.invalid("member.check-in.invalid"));
        Instant now = clock.instant();
        if (!now.isBefore(claim.validUntil())) {
            throw DomainException.conflict("member.check-in.expired");
        }
        Shift shift = rosters.shift(claim.shiftId());
        requireOpen(shift, now);
        Member me = members.mine(actor).orElseThrow(() -> DomainException.forbidden("member.check-in.not-on-duty"));
        DutyRow duty = store.duty(shift.id(), me.id()).orElseThrow(() -> DomainException.forbidden("member.check-in.not-on-duty"));
        served(duty, shift, ShiftCheckInMethod.QR, actor);
        return rosters.shift(shift.id());
    }

    /** The station contact or staff check a member on duty in by hand. */
    @Transactional
    public void checkInByContact(long dutyId, Actor actor) {
        DutyRow duty = store.lockDuty(dutyId).orElseThrow(() -> DomainException.notFound("member.duty.unknown", dutyId));
        Shift shift = rosters.shift(duty.shiftId());
        requireContactOrStaff(stations.find(shift.stationId()).orElseThrow(), actor);
        requireOpen(shift, clock.instant());
        served(duty, shift, ShiftCheckInMethod.CONTACT, actor);
    }

    /** Whether the actor may show the code and check members in: the station's contact, or staff of its region. */
    public boolean mayRun(Station station, Actor actor) {
        return (station.contactAccountId() != null && station.contactAccountId() == actor.accountId())
                || access.isStaffIn(actor, access.committee(station.committeeId()).regionCode());
    }

    private void served(DutyRow duty, Shift shift, ShiftCheckInMethod method, Actor actor) {
        if (!store.checkIn(duty.id(), Rows.now(clock), method, actor.accountId())) {
            throw DomainException.conflict("member.check-in.already");
        }
        events.publishEvent(AuditRecord.of("member.checked-in", actor.accountId(), "member-shift-duty", duty.id())
                .with("method", method).with("member", duty.memberId()));
        events.publishEvent(new ShiftServed(duty.memberId(), duty.id(), shift.stationId(), shift.stationName(), shift.day()));
    }

    private void requireOpen(Shift shift, Instant now) {
        Instant opens = shift.startsAt().minus(Duration.ofMinutes(properties.checkIn().earlyMinutes()));
        if (shift.cancelled() || now.isBefore(opens) || !now.isBefore(shift.endsAt())) {
            throw DomainException.conflict("member.check-in.closed");
        }
    }

    private void requireContactOrStaff(Station station, Actor actor) {
        if (!mayRun(station, actor)) {
            throw DomainException.forbidden("member.check-in.contact-only");
        }
    }
}
