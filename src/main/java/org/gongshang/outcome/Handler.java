package org.gongshang.outcome;

import java.util.Set;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Role;
import org.gongshang.identity.RoleGrant;

/**
 * A department account acting on a recommendation, with the organisations in which it holds the
 * DEPARTMENT role: the aggregate decides from them whether it acts as lead or co-handler.
 */
public record Handler(long accountId, Set<Long> organizationIds) {

    public Handler {
        organizationIds = Set.copyOf(organizationIds);
    }

    public static Handler of(Actor actor) {
        return new Handler(actor.accountId(), actor.grants(Role.DEPARTMENT).stream().map(RoleGrant::organizationId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
    }

    public boolean actsFor(long organizationId) {
        return organizationIds.contains(organizationId);
    }
}
