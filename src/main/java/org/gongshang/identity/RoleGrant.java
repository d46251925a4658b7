package org.gongshang.identity;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * A role held by an account, in an organisation (and so in that organisation's region).
 *
 * @param id the grant, so that an admin can revoke exactly this one
 * @param organizationId null for RESIDENT and ADMIN
 * @param regionCode the organisation's region, the root of the holder's data scope for this role
 */
public record RoleGrant(long id, Role role, @Nullable Long organizationId, @Nullable String regionCode)
        implements Serializable {
}
