package org.gongshang.identity.internal;

import java.util.Collection;
import java.util.List;

import org.gongshang.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Which account holds which role in which organisation. */
public interface RoleGrantRepository extends ListCrudRepository<RoleGrantAggregate, Long> {

    List<RoleGrantAggregate> findByAccountIdOrderById(long accountId);

    /** Organisation null and 0 are one, as the unique index has it. */
    @Query("""
            select exists (select 1 from role_grant
                           where account_id = :accountId and role = :role and coalesce(organization_id, 0) = coalesce(:organizationId, 0))""")
    boolean holds(long accountId, String role, @Nullable Long organizationId);

    boolean existsByRole(Role role);

    /** Accounts holding the role in any of the organisations (not empty), e.g. the staff of a CPPCC committee. */
    @Query("select distinct account_id from role_grant where role = :role and organization_id in (:organizationIds)")
    List<Long> holders(String role, Collection<Long> organizationIds);
}
