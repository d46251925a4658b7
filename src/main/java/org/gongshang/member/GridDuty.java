package org.gongshang.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.member.internal.GridStore;
import org.gongshang.member.internal.GridVisitAggregate;
import org.gongshang.member.internal.GridVisitRepository;
import org.gongshang.member.internal.RecordPhotoStore.Owner;
import org.gongshang.member.internal.RecordPhotos;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.member.internal.MemberAggregate;
import org.gongshang.member.internal.MemberRepository;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.Rows;
import org.gongshang.shared.Zones;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grid duty (网格化履职): staff assign members to grids (网格) inside the communities where they are
 * present; the members visit households there and record what they found, with photos.
 */
@Service
public class GridDuty {

    private final GridStore grids;
    private final MemberRepository members;
    private final Assignments assignments;
    private final Regions regions;
    private final MemberAccess access;
    private final GridVisitRepository visits;
    private final RecordPhotos photos;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GridDuty(GridStore grids, MemberRepository members, Assignments assignments, Regions regions, MemberAccess access,
            GridVisitRepository visits, RecordPhotos photos, ApplicationEventPublisher events, Clock clock) {
        this.grids = grids;
        this.members = members;
        this.assignments = assignments;
        this.regions = regions;
        this.access = access;
        this.visits = visits;
        this.photos = photos;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws DomainException INVALID unless the code is a grid of a community where the member is
     *     present (reported and confirmed, or assigned today)
     */
    @Transactional
    public void assignGrid(long memberId, @Nullable String gridCode, Actor actor) {
        loadForStaff(memberId, actor);
        Region grid = gridCode == null ? null : regions.find(gridCode).filter(r -> r.level() == RegionLevel.GRID && r.active()).orElse(null);
        if (grid == null) {
            throw DomainException.invalidField("gridCode", "member.grid.unknown", gridCode == null ? "" : gridCode);
        }
        if (!assignments.communitiesOf(memberId).contains(grid.parentCode())) {
            throw DomainException.invalidField("gridCode", "member.grid.outside", grid.name());
        }
        if (grids.add(memberId, grid.code(), actor.accountId(), clock.instant())) {
            events.publishEvent(AuditRecord.of("member.grid-assigned", actor.accountId(), "member", memberId).with("grid", grid.code()));
        }
    }

    @Transactional
    public void unassignGrid(long memberId, String gridCode, Actor actor) {
        loadForStaff(memberId, actor);
        if (grids.remove(memberId, gridCode)) {
            events.publishEvent(AuditRecord.of("member.grid-unassigned", actor.accountId(), "member", memberId).with("grid", gridCode));
        }
    }

    /**
     * The member records a visit to a grid they do duty in.
     *
     * @throws DomainException FORBIDDEN for someone who is not a member, INVALID with a problem per field
     */
    @Transactional
    public long recordVisit(NewGridVisit visit, List<byte[]> photoContents, Actor actor) {
        MemberAggregate me = members.findByAccountId(actor.accountId()).stream().filter(MemberAggregate::active).findFirst()
                .orElseThrow(() -> DomainException.forbidden("member.not-a-member"));
        List<FieldProblem> problems = new ArrayList<>();
        Region grid = visit.gridCode() == null ? null : regions.find(visit.gridCode()).orElse(null);
        if (grid == null || !grids.has(me.requireId(), grid.code())) {
            problems.add(new FieldProblem("gridCode", "member.visit.grid"));
        }
        LocalDate today = LocalDate.now(clock.withZone(Zones.platform()));
        GridVisitAggregate saved = visits.save(GridVisitAggregate.record(me.requireId(), visit,
                grid == null || grid.parentCode() == null ? "" : grid.parentCode(), today, Rows.now(clock), problems));
        photos.add(Owner.VISIT, saved.requireId(), photoContents);
        events.publishEvent(AuditRecord.of("member.grid-visit-recorded", actor.accountId(), "member-grid-visit", saved.requireId()));
        events.publishEvent(new GridVisitRecorded(me.requireId(), saved.requireId(), grid == null ? "" : grid.name(), saved.visitedOn()));
        return saved.requireId();
    }

    private MemberAggregate loadForStaff(long memberId, Actor actor) {
        MemberAggregate member = members.findById(memberId).orElseThrow(() -> DomainException.notFound("member.unknown", memberId));
        access.requireStaffReading(actor, member.committeeRegionCode(), "member.unknown", memberId);
        return member;
    }
}
