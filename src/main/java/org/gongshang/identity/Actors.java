package org.gongshang.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.gongshang.identity.security.SignedInAccount;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Who is acting, and where they may act. Staff, cadres, departments, reviewers and members act on
 * the region of the organisation in which they hold the role, and everything below it; admins act
 * everywhere; residents act for themselves.
 */
@Service
public class Actors {

    private final Regions regions;
    private final Accounts accounts;

    Actors(Regions regions, Accounts accounts) {
        this.regions = regions;
        this.accounts = accounts;
    }

    /** The signed-in account of the current request, if any. */
    public Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInAccount account) {
            return Optional.of(account.actor());
        }
        return Optional.empty();
    }

    /** @throws DomainException UNAUTHENTICATED when nobody is signed in */
    public Actor require() {
        return current().orElseThrow(() -> DomainException.unauthenticated("identity.login.required"));
    }

    /** The actor for an account, e.g. for work done on someone's behalf by a scheduled job. */
    public Actor of(long accountId) {
        return accounts.actor(accountId);
    }

    /**
     * Whether the actor holds one of the roles in an organisation whose region is {@code regionCode}
     * or above it. Admins may act everywhere.
     */
    public boolean mayActIn(Actor actor, String regionCode, Role... roles) {
        if (actor.isAdmin()) {
            return true;
        }
        List<Role> wanted = Arrays.asList(roles);
        return actor.grants().stream()
                .filter(grant -> wanted.contains(grant.role()) && grant.regionCode() != null)
                .anyMatch(grant -> regions.isWithin(regionCode, grant.regionCode()));
    }

    /** @throws DomainException FORBIDDEN unless {@link #mayActIn} */
    public void requireIn(Actor actor, String regionCode, Role... roles) {
        if (!mayActIn(actor, regionCode, roles)) {
            throw DomainException.forbidden("identity.scope.outside", regionCode);
        }
    }

    /** The regions (roots of the scope) where the actor holds one of the roles; empty for none. */
    public List<String> scopeRoots(Actor actor, Role... roles) {
        List<Role> wanted = Arrays.asList(roles);
        return actor.grants().stream()
                .filter(grant -> wanted.contains(grant.role()) && grant.regionCode() != null)
                .map(RoleGrant::regionCode)
                .distinct()
                .toList();
    }
}
