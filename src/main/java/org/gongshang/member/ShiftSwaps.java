package org.gongshang.member;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.gongshang.identity.Actor;
import org.gongshang.member.internal.ShiftStore;
import org.gongshang.member.internal.ShiftStore.DutyRow;
import org.gongshang.member.internal.StationStore;
import org.gongshang.member.internal.SwapAggregate;
import org.gongshang.member.internal.SwapRepository;
import org.gongshang.notification.MessageKind;
import org.gongshang.notification.Notice;
import org.gongshang.notification.Notices;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members swapping shifts with each other: one asks another member of the station to take a duty
 * (perhaps giving one of the other's in exchange); the other accepts, which moves the duties, or
 * declines. Staff see every swap of their stations as history.
 */
@Service
public class ShiftSwaps {

    private final SwapRepository repository;
    private final ShiftStore shifts;
    private final StationStore stations;
    private final Members members;
    private final Notices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ShiftSwaps(SwapRepository repository, ShiftStore shifts, StationStore stations, Members members, Notices notices,
            ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.shifts = shifts;
        this.stations = stations;
        this.members = members;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /** @throws DomainException NOT_FOUND unless the duty is the actor's, INVALID or CONFLICT when it cannot be swapped */
    @Transactional
    public long request(long dutyId, long toMemberId, @Nullable Long exchangeDutyId, @Nullable String note, Actor actor) {
        Member me = members.mine(actor).orElseThrow(() -> DomainException.forbidden("member.not-a-member"));
        DutyRow duty = shifts.lockDuty(dutyId).filter(d -> d.memberId() == me.id())
                .orElseThrow(() -> DomainException.notFound("member.duty.unknown", dutyId));
        requireAhead(duty);
        Member other = members.find(toMemberId).filter(Member::active)
                .filter(m -> stations.isMember(duty.stationId(), m.id()))
                .orElseThrow(() -> DomainException.invalidField("toMemberId", "member.swap.not-at-station"));
        if (shifts.duty(duty.shiftId(), other.id()).isPresent()) {
            throw DomainException.invalidField("toMemberId", "member.swap.on-shift", other.name());
        }
        if (exchangeDutyId != null) {
            DutyRow exchange = shifts.duty(exchangeDutyId).filter(d -> d.memberId() == other.id())
                    .orElseThrow(() -> DomainException.invalidField("exchangeDutyId", "member.swap.exchange"));
            requireAhead(exchange);
            if (shifts.duty(exchange.shiftId(), me.id()).isPresent()) {
                throw DomainException.invalidField("exchangeDutyId", "member.swap.exchange");
            }
        }
        if (repository.isRequested(dutyId)) {
            throw DomainException.conflict("member.swap.pending");
        }
        SwapAggregate swap = repository.save(SwapAggregate.request(dutyId, me.id(), other.id(), exchangeDutyId, Texts.clean(note),
                Rows.now(clock)));
        events.publishEvent(AuditRecord.of("member.swap-requested", actor.accountId(), "member-shift-duty", dutyId)
                .with("to", other.id()));
        notices.send(List.of(other.accountId()), Notice.of(MessageKind.GENERAL, "member.swap.asked.title", "member.swap.asked.body",
                me.name(), duty.day()).linkingTo("/duty/shifts"));
        return swap.id() == null ? 0 : swap.id();
    }

    /** The other member takes the duty (and gives theirs in exchange, if asked). */
    @Transactional
    public void accept(long swapId, Actor actor) {
        SwapAggregate swap = loadFor(swapId, actor, true);
        DutyRow duty = shifts.lockDuty(swap.dutyId()).filter(d -> d.memberId() == swap.fromMemberId())
                .orElseThrow(() -> DomainException.conflict("member.swap.stale"));
        requireAhead(duty);
        if (shifts.duty(duty.shiftId(), swap.toMemberId()).isPresent()) {
            throw DomainException.conflict("member.swap.stale");
        }
        if (swap.exchangeDutyId() != null) {
            DutyRow exchange = shifts.lockDuty(swap.exchangeDutyId()).filter(d -> d.memberId() == swap.toMemberId())
                    .orElseThrow(() -> DomainException.conflict("member.swap.stale"));
            requireAhead(exchange);
            if (shifts.duty(exchange.shiftId(), swap.fromMemberId()).isPresent()) {
                throw DomainException.conflict("member.swap.stale");
            }
            shifts.reassign(exchange.id(), swap.fromMemberId());
        }
        shifts.reassign(duty.id(), swap.toMemberId());
        decide(swap, SwapStatus.ACCEPTED, actor, "member.swap.accepted.title");
    }

    @Transactional
    public void decline(long swapId, Actor actor) {
        decide(loadFor(swapId, actor, true), SwapStatus.DECLINED, actor, "member.swap.declined.title");
    }

    /** The asker takes the request back before it is answered. */
    @Transactional
    public void cancel(long swapId, Actor actor) {
        SwapAggregate swap = loadFor(swapId, actor, false);
        repository.save(swap.decided(SwapStatus.CANCELLED, Rows.now(clock)));
        events.publishEvent(AuditRecord.of("member.swap-cancelled", actor.accountId(), "member-shift-swap", swapId));
    }

    private void decide(SwapAggregate swap, SwapStatus outcome, Actor actor, String titleKey) {
        repository.save(swap.decided(outcome, Rows.now(clock)));
        events.publishEvent(AuditRecord.of("member.swap-" + outcome.name().toLowerCase(Locale.ROOT), actor.accountId(),
                "member-shift-swap", swap.id()));
        Member from = members.get(swap.fromMemberId());
        Member to = members.get(swap.toMemberId());
        notices.send(List.of(from.accountId()), Notice.of(MessageKind.GENERAL, titleKey, titleKey.replace(".title", ".body"),
                to.name()).linkingTo("/duty/shifts"));
    }

    /** @param asAddressee the actor must be the member asked (true) or the one asking (false) */
    private SwapAggregate loadFor(long swapId, Actor actor, boolean asAddressee) {
        Member me = members.mine(actor).orElseThrow(() -> DomainException.forbidden("member.not-a-member"));
        return repository.findById(swapId)
                .filter(s -> (asAddressee ? s.toMemberId() : s.fromMemberId()) == me.id())
                .orElseThrow(() -> DomainException.notFound("member.swap.unknown", swapId));
    }

    private void requireAhead(DutyRow duty) {
        Instant now = clock.instant();
        if (duty.cancelled() || !duty.startsAt().isAfter(now) || duty.checkedInAt() != null) {
            throw DomainException.conflict("member.swap.too-late");
        }
    }
}
