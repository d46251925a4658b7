package org.gongshang.identity.internal;

import java.util.Objects;

import org.gongshang.identity.Role;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A role an account holds, in an organisation for every role but RESIDENT and ADMIN. A grant is
 * handed out and taken back, never changed, so it needs no version; its id is the one admins
 * revoke by. The moment it was granted is the database's.
 *
 * @param grantedBy the account that handed it out; null for registration, demo data and the first administrator
 */
@Table("role_grant")
public record RoleGrantAggregate(@Id @Nullable Long id, long accountId, Role role, @Nullable Long organizationId,
        @Nullable Long grantedBy) {

    public static RoleGrantAggregate grant(long accountId, Role role, @Nullable Long organizationId, @Nullable Long grantedBy) {
        return new RoleGrantAggregate(null, accountId, role, organizationId, grantedBy);
    }

    public long requiredId() {
        return Objects.requireNonNull(id, "a stored grant has its id");
    }

    /**
     * @throws DomainException CONFLICT when an administrator would take back their own administrator
     *     role, which could leave the installation without one
     */
    public void requireRevocableBy(long actorId) {
        if (role == Role.ADMIN && accountId == actorId) {
            throw DomainException.conflict("identity.grant.own-admin");
        }
    }
}
