package org.gongshang.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.identity.AccountView;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.member.internal.MemberRepository;
import org.gongshang.member.internal.ScheduleAggregate;
import org.gongshang.member.internal.ScheduleRepository;
import org.gongshang.member.internal.StationAggregate;
import org.gongshang.member.internal.StationRepository;
import org.gongshang.member.internal.StationStore;
import org.gongshang.region.Organization;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.Zones;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff of a committee keeping its liaison stations: opening and changing one (where it stands,
 * what it covers, its contact), the members serving there, its reception schedule, closing it.
 */
@Service
public class StationMaintenance {

    private final StationRepository repository;
    private final StationStore store;
    private final ScheduleRepository schedules;
    private final MemberRepository members;
    private final Regions regions;
    private final Accounts accounts;
    private final MemberAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StationMaintenance(StationRepository repository, StationStore store, ScheduleRepository schedules, MemberRepository members,
            Regions regions, Accounts accounts, MemberAccess access, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.store = store;
        this.schedules = schedules;
        this.members = members;
        this.regions = regions;
        this.accounts = accounts;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** @throws DomainException INVALID with a problem per field, FORBIDDEN outside the staff's region */
    @Transactional
    public long open(StationDetails details, Actor actor) {
        if (details.committeeId() == null) {
            throw DomainException.invalidField("committeeId", "member.committee.required");
        }
        Organization committee = access.requireStaffOf(actor, details.committeeId());
        List<FieldProblem> problems = new ArrayList<>();
        Long contact = surroundings(committee, details, null, problems);
        StationAggregate station = repository.save(StationAggregate.open(committee.id(), details, contact, problems));
        store.replaceCoverage(station.requireId(), coverage(details));
        events.publishEvent(AuditRecord.of("member.station-opened", actor.accountId(), "member-station", station.requireId())
                .with("name", station.name()));
        return station.requireId();
    }

    @Transactional
    public void change(long stationId, StationDetails details, Actor actor) {
        StationAggregate station = load(stationId, actor);
        Organization committee = access.committee(station.committeeId());
        List<FieldProblem> problems = new ArrayList<>();
        Long contact = surroundings(committee, details, stationId, problems);
        repository.save(station.changedTo(details, contact, problems));
        store.replaceCoverage(stationId, coverage(details));
        events.publishEvent(AuditRecord.of("member.station-changed", actor.accountId(), "member-station", stationId));
    }

    @Transactional
    public void setActive(long stationId, boolean active, Actor actor) {
        repository.save(load(stationId, actor).withActive(active));
        events.publishEvent(AuditRecord.of(active ? "member.station-reopened" : "member.station-closed", actor.accountId(),
                "member-station", stationId));
    }

    /** @throws DomainException INVALID unless the member is an active member of the station's committee */
    @Transactional
    public void addMember(long stationId, long memberId, Actor actor) {
        StationAggregate station = load(stationId, actor);
        boolean ofCommittee = members.findById(memberId)
                .filter(m -> m.active() && m.committeeId() == station.committeeId()).isPresent();
        if (!ofCommittee) {
            throw DomainException.invalidField("memberId", "member.station.member-unknown", memberId);
        }
        if (store.addMember(stationId, memberId, LocalDate.now(clock.withZone(Zones.platform())))) {
            events.publishEvent(AuditRecord.of("member.station-member-added", actor.accountId(), "member-station", stationId)
                    .with("member", memberId));
        }
    }

    @Transactional
    public void removeMember(long stationId, long memberId, Actor actor) {
        load(stationId, actor);
        if (store.removeMember(stationId, memberId)) {
            events.publishEvent(AuditRecord.of("member.station-member-removed", actor.accountId(), "member-station", stationId)
                    .with("member", memberId));
        }
    }

    /** @throws DomainException INVALID with a problem per field of the schedule */
    @Transactional
    public void setSchedule(long stationId, ReceptionSchedule schedule, Actor actor) {
        load(stationId, actor);
        Long version = schedules.findById(stationId).map(ScheduleAggregate::version).orElse(null);
        schedules.save(ScheduleAggregate.of(stationId, schedule, version));
        events.publishEvent(AuditRecord.of("member.schedule-set", actor.accountId(), "member-station", stationId)
                .with("pattern", schedule.pattern()).with("weekday", schedule.weekday()));
    }

    StationAggregate load(long stationId, Actor actor) {
        StationAggregate station = repository.findById(stationId)
                .orElseThrow(() -> DomainException.notFound("member.station.unknown", stationId));
        access.requireStaffReading(actor, access.committee(station.committeeId()).regionCode(), "member.station.unknown", stationId);
        return station;
    }

    /** The place, the coverage and the name in the committee's region; the contact's account. */
    private @Nullable Long surroundings(Organization committee, StationDetails details, @Nullable Long self,
            List<FieldProblem> problems) {
        if (!isPlace(details.regionCode(), committee.regionCode())) {
            problems.add(new FieldProblem("regionCode", "member.station.region", details.regionCode() == null ? "" : details.regionCode()));
        }
        for (String code : details.coverage()) {
            if (!isPlace(code, committee.regionCode())) {
                problems.add(new FieldProblem("coverage", "member.station.coverage", code));
            }
        }
        if (details.name() != null) {
            repository.findByCommitteeIdAndName(committee.id(), details.name()).filter(other -> !other.hasId(self))
                    .ifPresent(other -> problems.add(new FieldProblem("name", "member.station.name-taken", details.name())));
        }
        if (details.contactUsername() == null) {
            return null;
        }
        Long contact = accounts.findByUsername(details.contactUsername()).map(AccountView::id).orElse(null);
        if (contact == null) {
            problems.add(new FieldProblem("contactUsername", "member.account.unknown", details.contactUsername()));
        }
        return contact;
    }

    /** A township or community in the committee's region. */
    private boolean isPlace(@Nullable String code, String committeeRegion) {
        if (code == null) {
            return false;
        }
        Region region = regions.find(code).orElse(null);
        return region != null && region.active() && (region.level() == RegionLevel.TOWNSHIP || region.level() == RegionLevel.COMMUNITY)
                && regions.isWithin(code, committeeRegion);
    }

    private static List<String> coverage(StationDetails details) {
        if (!details.coverage().isEmpty()) {
            return details.coverage();
        }
        return details.regionCode() == null ? List.of() : List.of(details.regionCode());
    }
}
