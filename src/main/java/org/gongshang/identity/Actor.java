package org.gongshang.identity;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The account acting in a request, with its roles. Modules decide by it: who may screen, who may
 * reply, whose region a topic is in.
 *
 * @param residenceRegionCode the community the person lives in (residents, members), if known
 */
public record Actor(long accountId, String realName, List<RoleGrant> grants, @Nullable String residenceRegionCode)
        implements Serializable {

    public boolean has(Role role) {
        return grants.stream().anyMatch(grant -> grant.role() == role);
    }

    public boolean hasAny(Role... roles) {
        for (Role role : roles) {
            if (has(role)) {
                return true;
            }
        }
        return false;
    }

    public List<RoleGrant> grants(Role role) {
        return grants.stream().filter(grant -> grant.role() == role).toList();
    }

    /** The organisation in which the actor holds the role, when there is exactly one or the first. */
    public Optional<Long> organizationFor(Role role) {
        return grants(role).stream().map(RoleGrant::organizationId).filter(Objects::nonNull).findFirst();
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }
}
