package org.gongshang.identity;

import java.util.List;
import java.util.Objects;

import org.gongshang.identity.internal.RoleGrantAggregate;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Whom staff may see and act on. Admins everything. Staff of a region see an account that has any
 * role, or its residence, in their region; but they act on an account (disable, unlock, change its
 * phone) only when every one of its roles lies in their region, and on a role only when its
 * organisation does — so that a district cannot strip a city member of a city role.
 */
@Component
public class AccountScope {

    private final Accounts accounts;
    private final Organizations organizations;
    private final Regions regions;

    AccountScope(Accounts accounts, Organizations organizations, Regions regions) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.regions = regions;
    }

    /** Whether the manager may see the account (and is shown it in lists). */
    public boolean mayView(Actor manager, long accountId) {
        if (manager.isAdmin()) {
            return true;
        }
        List<String> roots = roots(manager);
        Actor subject = accounts.actor(accountId);
        if (roots.isEmpty() || subject.isAdmin()) {
            return false;
        }
        boolean viaGrant = subject.grants().stream().anyMatch(grant -> inScope(grant.regionCode(), roots));
        return viaGrant || inScope(subject.residenceRegionCode(), roots);
    }

    /**
     * The account, for a manager who may see it.
     *
     * @throws DomainException NOT_FOUND for unknown accounts and for those the manager may not see, as if they did not exist
     */
    public AccountView visibleTo(Actor manager, long accountId) {
        AccountView account = accounts.get(accountId);
        if (!mayView(manager, accountId)) {
            throw DomainException.notFound("identity.account.unknown", accountId);
        }
        return account;
    }

    /** @throws DomainException NOT_FOUND for unknown accounts, FORBIDDEN unless every role of the account is in scope */
    void requireActOn(Actor manager, long accountId) {
        Actor subject = accounts.actor(accountId);
        if (manager.isAdmin()) {
            return;
        }
        List<String> roots = roots(manager);
        boolean everyGrant = !subject.grants().isEmpty()
                && subject.grants().stream().allMatch(grant -> inScope(grant.regionCode(), roots));
        if (roots.isEmpty() || subject.isAdmin() || !everyGrant) {
            throw DomainException.forbidden("identity.account.not-yours");
        }
    }

    /** @throws DomainException FORBIDDEN unless the manager may take back this grant (its role, in its organisation's region) */
    void requireGrantable(Actor manager, RoleGrantAggregate grant) {
        requireMayGrant(manager, grant.role());
        Long organizationId = grant.organizationId();
        requireOrganizationInScope(manager, organizationId == null ? null
                : organizations.find(organizationId).map(Organization::regionCode).orElse(null));
    }

    /** @throws DomainException FORBIDDEN unless the manager may hand out the role at all (admins any; staff all but ADMIN and RESIDENT) */
    void requireMayGrant(Actor manager, Role role) {
        if (!manager.isAdmin() && (!RoleRules.staffMayGrant(role) || !manager.has(Role.STAFF))) {
            throw DomainException.forbidden("identity.grant.not-allowed", role);
        }
    }

    /** @throws DomainException FORBIDDEN unless the organisation's region lies in the manager's */
    void requireOrganizationInScope(Actor manager, @Nullable String organizationRegion) {
        if (!manager.isAdmin() && !inScope(organizationRegion, roots(manager))) {
            throw DomainException.forbidden("identity.scope.outside", Objects.requireNonNullElse(organizationRegion, "-"));
        }
    }

    /** The regions of the manager's staff roles; empty for anyone else. */
    List<String> roots(Actor manager) {
        return manager.grants(Role.STAFF).stream().map(RoleGrant::regionCode).filter(Objects::nonNull).toList();
    }

    private boolean inScope(@Nullable String regionCode, List<String> roots) {
        return regionCode != null && roots.stream().anyMatch(root -> regions.isWithin(regionCode, root));
    }
}
