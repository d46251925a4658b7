package org.gongshang.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gongshang.identity.internal.RoleGrantAggregate;
import org.gongshang.identity.internal.RoleGrantRepository;
import org.gongshang.identity.internal.SetupTokenStore;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roles held in organisations, handed out and taken back by admins, or by staff for organisations
 * in their own region only ({@link AccountScope}).
 */
@Service
public class RoleGrants {

    private final RoleGrantRepository grants;
    private final SetupTokenStore setupTokens;
    private final AccountScope scope;
    private final Organizations organizations;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    RoleGrants(RoleGrantRepository grants, SetupTokenStore setupTokens, AccountScope scope, Organizations organizations,
            Accounts accounts, ApplicationEventPublisher events) {
        this.grants = grants;
        this.setupTokens = setupTokens;
        this.scope = scope;
        this.organizations = organizations;
        this.accounts = accounts;
        this.events = events;
    }

    @Transactional
    public RoleGrant grant(long accountId, Role role, @Nullable Long organizationId, Actor by) {
        requireVisible(by, accountId);
        if (role != Role.RESIDENT) {
            scope.requireMayGrant(by, role);
        }
        List<FieldProblem> problems = new ArrayList<>();
        checkOrganization(role, organizationId, organizations, problems)
                .ifPresent(organization -> scope.requireOrganizationInScope(by, organization.regionCode()));
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        if (grants.holds(accountId, role.name(), organizationId)) {
            throw DomainException.conflict("identity.grant.exists");
        }
        long grantId = grants.save(RoleGrantAggregate.grant(accountId, role, organizationId, by.accountId())).requiredId();
        if (role == Role.ADMIN) {
            setupTokens.deleteAll(); // once an administrator exists, no set-up link may open another
        }
        events.publishEvent(AuditRecord.of("identity.role-granted", by.accountId(), "account", accountId)
                .with("role", role).with("organization", organizationId));
        return accounts.actor(accountId).grants().stream().filter(g -> g.id() == grantId).findFirst().orElseThrow();
    }

    /** Staff take back only roles in organisations of their region: a district cannot strip a city role. */
    @Transactional
    public void revoke(long accountId, long grantId, Actor by) {
        requireVisible(by, accountId);
        RoleGrantAggregate grant = grants.findById(grantId).filter(g -> g.accountId() == accountId)
                .orElseThrow(() -> DomainException.notFound("identity.grant.unknown", grantId));
        scope.requireGrantable(by, grant);
        grant.requireRevocableBy(by.accountId());
        grants.delete(grant);
        events.publishEvent(AuditRecord.of("identity.role-revoked", by.accountId(), "account", accountId)
                .with("role", grant.role()).with("organization", grant.organizationId()));
    }

    /**
     * The organisation a role is held in, when the role takes one and it is the right kind; field
     * problems otherwise.
     */
    static Optional<Organization> checkOrganization(Role role, @Nullable Long organizationId, Organizations organizations,
            List<FieldProblem> problems) {
        if (role == Role.RESIDENT) {
            problems.add(new FieldProblem("role", "identity.grant.resident"));
            return Optional.empty();
        }
        var types = RoleRules.organizationTypesFor(role);
        if (types.isEmpty()) {
            if (organizationId != null) {
                problems.add(new FieldProblem("organizationId", "identity.grant.no-organization", role));
            }
            return Optional.empty();
        }
        if (organizationId == null) {
            problems.add(new FieldProblem("organizationId", "identity.grant.organization-required", role));
            return Optional.empty();
        }
        Organization organization = organizations.find(organizationId).orElse(null);
        if (organization == null || !organization.active()) {
            problems.add(new FieldProblem("organizationId", "organization.unknown", organizationId));
            return Optional.empty();
        }
        if (!types.contains(organization.type())) {
            problems.add(new FieldProblem("organizationId", "identity.grant.organization-type", role));
            return Optional.empty();
        }
        return Optional.of(organization);
    }

    private void requireVisible(Actor by, long accountId) {
        accounts.get(accountId);
        if (!scope.mayView(by, accountId)) {
            throw DomainException.forbidden("identity.account.not-yours");
        }
    }
}
