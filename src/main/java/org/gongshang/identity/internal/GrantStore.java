package org.gongshang.identity.internal;

import java.util.List;
import java.util.Optional;

import org.gongshang.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The role_grant table: which account holds which role in which organisation. */
@Repository
public class GrantStore {

    /** A grant as stored; the organisation's region is looked up when the actor is built. */
    public record GrantRow(long id, long accountId, Role role, @Nullable Long organizationId) {
    }

    private final JdbcClient jdbc;

    GrantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<GrantRow> of(long accountId) {
        return jdbc.sql("select id, account_id, role, organization_id from role_grant where account_id = :id order by id")
                .param("id", accountId)
                .query(GrantStore::map)
                .list();
    }

    public Optional<GrantRow> find(long grantId) {
        return jdbc.sql("select id, account_id, role, organization_id from role_grant where id = :id")
                .param("id", grantId)
                .query(GrantStore::map)
                .optional();
    }

    private static GrantRow map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new GrantRow(rs.getLong("id"), rs.getLong("account_id"), Role.valueOf(rs.getString("role")),
                rs.getObject("organization_id", Long.class));
    }

    public boolean exists(long accountId, Role role, @Nullable Long organizationId) {
        return jdbc.sql("""
                select exists (select 1 from role_grant
                               where account_id = :account and role = :role and coalesce(organization_id, 0) = :organization)""")
                .param("account", accountId).param("role", role.name())
                .param("organization", organizationId == null ? 0L : organizationId)
                .query(Boolean.class).single();
    }

    public long insert(long accountId, Role role, @Nullable Long organizationId, @Nullable Long grantedBy) {
        return jdbc.sql("""
                insert into role_grant (account_id, role, organization_id, granted_by)
                values (:account, :role, :organization, :grantedBy) returning id""")
                .param("account", accountId).param("role", role.name()).param("organization", organizationId)
                .param("grantedBy", grantedBy)
                .query(Long.class).single();
    }

    public void delete(long grantId) {
        jdbc.sql("delete from role_grant where id = :id").param("id", grantId).update();
    }

    public boolean anyAdministrator() {
        return jdbc.sql("select exists (select 1 from role_grant where role = 'ADMIN')").query(Boolean.class).single();
    }

    /** Accounts holding the role in any of the organisations, e.g. the staff of a CPPCC committee. */
    public List<Long> holders(Role role, List<Long> organizationIds) {
        return jdbc.sql("select distinct account_id from role_grant where role = :role and organization_id = any(:organizations)")
                .param("role", role.name()).param("organizations", organizationIds.toArray(Long[]::new))
                .query(Long.class).list();
    }
}
