package org.gongshang.member;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongshang.identity.AccountOpening;
import org.gongshang.identity.AccountView;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.identity.CreatedAccount;
import org.gongshang.identity.NewAccount;
import org.gongshang.identity.Role;
import org.gongshang.identity.RoleGrants;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.member.internal.MemberAggregate;
import org.gongshang.member.internal.MemberRepository;
import org.gongshang.region.Organization;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff of a committee registering its members and keeping their profiles: a new member gets an
 * account with the MEMBER role in the committee (or an existing account is given it); the profile
 * is changed, and a member who left is deactivated. Each act is audited in its transaction.
 */
@Service
public class MemberRegistration {

    private final MemberRepository repository;
    private final SectorMaintenance sectors;
    private final Sectors sectorList;
    private final MemberAccess access;
    private final Accounts accounts;
    private final AccountOpening opening;
    private final RoleGrants grants;
    private final Members members;
    private final ApplicationEventPublisher events;

    MemberRegistration(MemberRepository repository, SectorMaintenance sectors, Sectors sectorList, MemberAccess access,
            Accounts accounts, AccountOpening opening, RoleGrants grants, Members members, ApplicationEventPublisher events) {
        this.repository = repository;
        this.sectors = sectors;
        this.sectorList = sectorList;
        this.access = access;
        this.accounts = accounts;
        this.opening = opening;
        this.grants = grants;
        this.members = members;
        this.events = events;
    }

    /**
     * @throws DomainException INVALID with a problem per field (the account's come from the identity
     *     module once the profile is right), NOT_FOUND for an unknown committee, FORBIDDEN outside the staff's region
     */
    @Transactional
    public RegisteredMember register(NewMember request, Actor actor) {
        MemberDetails details = request.details();
        if (details.committeeId() == null) {
            throw DomainException.invalidField("committeeId", "member.committee.required");
        }
        long committeeId = details.committeeId();
        Organization committee = access.requireStaffOf(actor, committeeId);
        sectors.ensureSeeded(committeeId);
        Long sectorId = sectorIdOf(committeeId, details.sector());
        Optional<AccountView> existing = request.username().isEmpty() ? Optional.empty() : accounts.findByUsername(request.username());
        List<FieldProblem> problems = new ArrayList<>();
        if (request.username().isEmpty()) {
            problems.add(new FieldProblem("username", "member.username.required"));
        } else if (existing.isPresent() && repository.findByAccountIdAndCommitteeId(existing.get().id(), committeeId).isPresent()) {
            problems.add(new FieldProblem("username", "member.exists", existing.get().realName()));
        } else if (existing.isEmpty() && request.realName() == null) {
            problems.add(new FieldProblem("realName", "member.real-name.required"));
        }
        problems.addAll(MemberAggregate.problemsOf(details, sectorId));
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        long accountId;
        String name;
        String initialPassword = null;
        if (existing.isPresent()) {
            accountId = existing.get().id();
            name = existing.get().realName();
            giveMemberRole(accountId, committeeId, actor);
        } else {
            CreatedAccount created = opening.open(new NewAccount(request.username(), request.realName(), request.phone(),
                    request.idNumber(), request.email(), Role.MEMBER, committeeId, null), actor);
            accountId = created.account().id();
            name = created.account().realName();
            initialPassword = created.initialPassword();
        }
        MemberAggregate member = repository.save(MemberAggregate.register(accountId, truncated(name), committeeId,
                committee.regionCode(), details, sectorId, List.of()));
        events.publishEvent(AuditRecord.of("member.registered", actor.accountId(), "member", member.requireId())
                .with("account", accountId).with("committee", committeeId).with("newAccount", initialPassword != null));
        return new RegisteredMember(members.get(member.requireId()), initialPassword);
    }

    /** @throws DomainException NOT_FOUND, FORBIDDEN outside the staff's region, INVALID with a problem per field */
    @Transactional
    public Member change(long memberId, MemberDetails details, Actor actor) {
        MemberAggregate member = loadForStaff(memberId, actor);
        MemberAggregate changed = repository.save(member.changedTo(details, sectorIdOf(member.committeeId(), details.sector())));
        events.publishEvent(AuditRecord.of("member.changed", actor.accountId(), "member", memberId));
        return members.get(changed.requireId());
    }

    @Transactional
    public Member setActive(long memberId, boolean active, Actor actor) {
        MemberAggregate member = repository.save(loadForStaff(memberId, actor).withActive(active));
        events.publishEvent(AuditRecord.of(active ? "member.reactivated" : "member.deactivated", actor.accountId(), "member",
                memberId));
        return members.get(member.requireId());
    }

    /** The member decides what the public profile shows; nobody else does. */
    @Transactional
    public Member changeVisibility(long memberId, ProfileVisibility visibility, Actor actor) {
        MemberAggregate member = repository.findById(memberId)
                .filter(m -> m.accountId() == actor.accountId())
                .orElseThrow(() -> DomainException.notFound("member.unknown", memberId));
        repository.save(member.visibleAs(visibility));
        events.publishEvent(AuditRecord.of("member.visibility-changed", actor.accountId(), "member", memberId)
                .with("public", visibility.publicProfile()));
        return members.get(memberId);
    }

    /** The member's account holds MEMBER in the committee already, or is given it (within the staff's scope). */
    private void giveMemberRole(long accountId, long committeeId, Actor actor) {
        boolean holds = accounts.actor(accountId).grants(Role.MEMBER).stream()
                .anyMatch(grant -> grant.organizationId() != null && grant.organizationId() == committeeId);
        if (!holds) {
            grants.grant(accountId, Role.MEMBER, committeeId, actor);
        }
    }

    private @Nullable Long sectorIdOf(long committeeId, @Nullable String sector) {
        return sector == null ? null : sectorList.activeByName(committeeId, sector).map(Sector::id).orElse(null);
    }

    MemberAggregate loadForStaff(long memberId, Actor actor) {
        MemberAggregate member = repository.findById(memberId)
                .orElseThrow(() -> DomainException.notFound("member.unknown", memberId));
        access.requireStaffReading(actor, member.committeeRegionCode(), "member.unknown", memberId);
        return member;
    }

    private static String truncated(String name) {
        return name.length() > MemberAggregate.MAX_NAME ? name.substring(0, MemberAggregate.MAX_NAME) : name;
    }
}
