package org.gongshang.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.gongshang.identity.internal.RoleGrantRepository;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.gongshang.shared.web.SearchText;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Accounts as the rest of the platform reads them: views with personal data masked, actors with
 * their roles and regions, and contacts for sending messages. Changes are use cases of their own
 * ({@link ResidentRegistration}, {@link AccountOpening}, {@link RoleGrants}, {@link AccountStatus},
 * {@link Passwords}, {@link PhoneChange}, {@link ProfileChange}, {@link PersonalDataReveal}).
 */
@Service
public class Accounts {

    /** What a view shows of the account table: nothing in clear but names and email. */
    private record Row(long id, String username, String realName, @Nullable String phoneMasked,
            @Nullable String idNumberMasked, @Nullable String email, @Nullable String residenceRegionCode,
            boolean realNameVerified, boolean enabled, boolean mustChangePassword, Instant createdAt,
            @Nullable Instant lastLoginAt) {
    }

    private record ContactRow(long id, String realName, byte @Nullable [] phoneCipher, @Nullable String email) {
    }

    /** A page of the search, optionally only accounts with a grant in the organisations or living in the regions. */
    private record Search(@Nullable String text, boolean scoped, String[] regions, Long[] organizations, int offset,
            int limit) {
    }

    private static final String ROW = """
            select id, username, real_name, phone_masked, id_number_masked, email, residence_region_code,
                real_name_verified, enabled, must_change_password, created_at, last_login_at
            from account a""";

    private final JdbcClient jdbc;
    private final RoleGrantRepository grants;
    private final PersonalDataCipher cipher;
    private final Organizations organizations;
    private final Regions regions;

    Accounts(JdbcClient jdbc, RoleGrantRepository grants, PersonalDataCipher cipher, Organizations organizations,
            Regions regions) {
        this.jdbc = jdbc;
        this.grants = grants;
        this.cipher = cipher;
        this.organizations = organizations;
        this.regions = regions;
    }

    public Optional<AccountView> find(long id) {
        return row(id).map(this::view);
    }

    /** @throws DomainException NOT_FOUND */
    public AccountView get(long id) {
        return find(id).orElseThrow(() -> DomainException.notFound("identity.account.unknown", id));
    }

    /** Login names are unique regardless of case. */
    public Optional<AccountView> findByUsername(String username) {
        return jdbc.sql(ROW + " where lower(username) = lower(:username)").param("username", username)
                .query(Row.class).optional().map(this::view);
    }

    /** @throws DomainException NOT_FOUND */
    public Actor actor(long id) {
        Row row = row(id).orElseThrow(() -> DomainException.notFound("identity.account.unknown", id));
        return new Actor(row.id(), row.realName(), grantsOf(row.id(), row.residenceRegionCode()), row.residenceRegionCode());
    }

    /** Phone in full and email, for sending messages; nothing else should need them. */
    public Optional<Contact> contact(long id) {
        return jdbc.sql("select id, real_name, phone_cipher, email from account where id = :id").param("id", id)
                .query(ContactRow.class).optional()
                .map(row -> new Contact(row.id(), row.realName(),
                        row.phoneCipher() == null ? null : cipher.decrypt(row.phoneCipher()), row.email()));
    }

    public List<Contact> contacts(Collection<Long> ids) {
        return ids.stream().distinct().map(this::contact).flatMap(Optional::stream).toList();
    }

    /** Accounts holding the role in any of the organisations, e.g. the staff of a committee. */
    public List<Long> holders(Role role, Collection<Long> organizationIds) {
        return organizationIds.isEmpty() ? List.of() : grants.holders(role.name(), List.copyOf(organizationIds));
    }

    /**
     * Accounts the viewer may see, newest first: all for an admin; for staff those with a role in
     * an organisation of their region, or living in it.
     */
    public List<AccountView> search(Actor viewer, @Nullable String text, int page, int size) {
        String query = text == null || text.isBlank() ? null : SearchText.containing(text.strip());
        int limit = Math.clamp(size, 1, 200);
        int offset = Math.max(page, 0) * limit;
        Search search;
        if (viewer.isAdmin()) {
            search = new Search(query, false, new String[0], new Long[0], offset, limit);
        } else {
            List<String> roots = viewer.grants(Role.STAFF).stream().map(RoleGrant::regionCode).filter(Objects::nonNull).toList();
            String[] regionCodes = roots.stream().flatMap(root -> regions.codesWithin(root).stream()).distinct()
                    .toArray(String[]::new);
            Long[] organizationIds = roots.stream().flatMap(root -> organizations.list(null, root).stream())
                    .map(Organization::id).distinct().toArray(Long[]::new);
            search = new Search(query, true, regionCodes, organizationIds, offset, limit);
        }
        return jdbc.sql(ROW + """
                 where (cast(:text as text) is null or a.real_name like :text escape '\\' or a.username like :text escape '\\')
                   and (not :scoped or a.residence_region_code = any(:regions) or exists (select 1 from role_grant g
                        where g.account_id = a.id and g.organization_id = any(:organizations)))
                order by a.id desc offset :offset limit :limit""")
                .paramSource(search)
                .query(Row.class).list().stream().map(this::view).toList();
    }

    private Optional<Row> row(long id) {
        return jdbc.sql(ROW + " where id = :id").param("id", id).query(Row.class).optional();
    }

    private AccountView view(Row row) {
        return new AccountView(row.id(), row.username(), row.realName(), row.phoneMasked(), row.idNumberMasked(),
                row.email(), row.residenceRegionCode(), grantsOf(row.id(), row.residenceRegionCode()), row.realNameVerified(),
                row.enabled(), row.mustChangePassword(), row.createdAt(), row.lastLoginAt());
    }

    /** A role's region is its organisation's; a resident's is where they live. */
    private List<RoleGrant> grantsOf(long accountId, @Nullable String residenceRegionCode) {
        return grants.findByAccountIdOrderById(accountId).stream().map(grant -> {
            Long organizationId = grant.organizationId();
            String region = grant.role() == Role.RESIDENT ? residenceRegionCode
                    : organizationId == null ? null
                    : organizations.find(organizationId).map(Organization::regionCode).orElse(null);
            return new RoleGrant(grant.requiredId(), grant.role(), organizationId, region);
        }).toList();
    }
}
