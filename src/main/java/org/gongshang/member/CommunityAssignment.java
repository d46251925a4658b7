package org.gongshang.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.member.internal.AssignmentAggregate;
import org.gongshang.member.internal.AssignmentRepository;
import org.gongshang.member.internal.Communities;
import org.gongshang.member.internal.MemberAggregate;
import org.gongshang.member.internal.MemberRepository;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.Zones;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff assigning members to villages and communities for a period (上级安排委员入驻村（社区）), ending
 * an assignment early. Communities must lie in the committee's region.
 */
@Service
public class CommunityAssignment {

    private final AssignmentRepository repository;
    private final MemberRepository members;
    private final Communities communities;
    private final MemberAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommunityAssignment(AssignmentRepository repository, MemberRepository members, Communities communities, MemberAccess access,
            ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.members = members;
        this.communities = communities;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** @throws DomainException NOT_FOUND for a member outside the staff's region, INVALID with a problem per field */
    @Transactional
    public long assign(long memberId, @Nullable String communityCode, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
            @Nullable String note, Actor actor) {
        MemberAggregate member = loadForStaff(memberId, actor);
        List<FieldProblem> problems = new ArrayList<>();
        communities.problem("communityCode", communityCode, member.committeeRegionCode()).ifPresent(problems::add);
        AssignmentAggregate assignment = repository.save(AssignmentAggregate.assign(memberId, communityCode == null ? "" : communityCode,
                startsOn, endsOn, note, actor.accountId(), problems));
        events.publishEvent(AuditRecord.of("member.assigned", actor.accountId(), "member", memberId)
                .with("community", communityCode).with("from", startsOn).with("to", endsOn));
        return assignment.id() == null ? 0 : assignment.id();
    }

    /** Ends the assignment today (or on its first day, if it has not begun). */
    @Transactional
    public void end(long assignmentId, Actor actor) {
        AssignmentAggregate assignment = repository.findById(assignmentId)
                .orElseThrow(() -> DomainException.notFound("member.assignment.unknown", assignmentId));
        loadForStaff(assignment.memberId(), actor);
        LocalDate today = LocalDate.now(clock.withZone(Zones.platform()));
        repository.save(assignment.endedOn(today.isBefore(assignment.startsOn()) ? assignment.startsOn() : today, actor.accountId()));
        events.publishEvent(AuditRecord.of("member.assignment-ended", actor.accountId(), "member", assignment.memberId())
                .with("assignment", assignmentId));
    }

    private MemberAggregate loadForStaff(long memberId, Actor actor) {
        MemberAggregate member = members.findById(memberId).orElseThrow(() -> DomainException.notFound("member.unknown", memberId));
        access.requireStaffReading(actor, member.committeeRegionCode(), "member.unknown", memberId);
        return member;
    }
}
