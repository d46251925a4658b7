package org.gongshang.identity;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.gongshang.identity.internal.AccountRow;
import org.gongshang.identity.internal.AccountStore;
import org.gongshang.identity.internal.GrantStore;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Accounts as the rest of the platform reads them: views with personal data masked, actors with
 * their roles and regions, and contacts for sending messages. Changes are use cases of their own
 * ({@link ResidentRegistration}, {@link AccountOpening}, {@link RoleGrants}, {@link AccountStatus},
 * {@link Passwords}, {@link PhoneChange}, {@link ProfileChange}, {@link PersonalDataReveal}).
 */
@Service
public class Accounts {

    private final AccountStore store;
    private final GrantStore grants;
    private final PersonalDataCipher cipher;
    private final Organizations organizations;
    private final Regions regions;

    Accounts(AccountStore store, GrantStore grants, PersonalDataCipher cipher, Organizations organizations, Regions regions) {
        this.store = store;
        this.grants = grants;
        this.cipher = cipher;
        this.organizations = organizations;
        this.regions = regions;
    }

    public Optional<AccountView> find(long id) {
        return store.find(id).map(this::view);
    }

    /** @throws DomainException NOT_FOUND */
    public AccountView get(long id) {
        return find(id).orElseThrow(() -> DomainException.notFound("identity.account.unknown", id));
    }

    public Optional<AccountView> findByUsername(String username) {
        return store.findByUsername(username).map(this::view);
    }

    /** @throws DomainException NOT_FOUND */
    public Actor actor(long id) {
        AccountRow row = store.find(id).orElseThrow(() -> DomainException.notFound("identity.account.unknown", id));
        return new Actor(row.id(), row.realName(), grantsOf(row), row.residenceRegionCode());
    }

    /** Phone in full and email, for sending messages; nothing else should need them. */
    public Optional<Contact> contact(long id) {
        return store.find(id).map(row -> new Contact(row.id(), row.realName(),
                row.phoneCipher() == null ? null : cipher.decrypt(row.phoneCipher()), row.email()));
    }

    public List<Contact> contacts(Collection<Long> ids) {
        return ids.stream().distinct().map(this::contact).flatMap(Optional::stream).toList();
    }

    /** Accounts holding the role in any of the organisations, e.g. the staff of a committee. */
    public List<Long> holders(Role role, Collection<Long> organizationIds) {
        return organizationIds.isEmpty() ? List.of() : grants.holders(role, List.copyOf(organizationIds));
    }

    /**
     * Accounts the viewer may see, newest first: all for an admin; for staff those with a role in
     * an organisation of their region, or living in it.
     */
    public List<AccountView> search(Actor viewer, @Nullable String text, int page, int size) {
        String query = text == null || text.isBlank() ? null : text.strip();
        int limit = Math.clamp(size, 1, 200);
        int offset = Math.max(page, 0) * limit;
        if (viewer.isAdmin()) {
            return store.search(query, null, null, offset, limit).stream().map(this::view).toList();
        }
        List<String> roots = viewer.grants(Role.STAFF).stream().map(RoleGrant::regionCode).filter(Objects::nonNull).toList();
        List<String> regionCodes = roots.stream().flatMap(root -> regions.codesWithin(root).stream()).distinct().toList();
        List<Long> organizationIds = roots.stream().flatMap(root -> organizations.list(null, root).stream())
                .map(Organization::id).distinct().toList();
        return store.search(query, organizationIds, regionCodes, offset, limit).stream().map(this::view).toList();
    }

    AccountView view(AccountRow row) {
        return new AccountView(row.id(), row.username(), row.realName(), row.phoneMasked(), row.idNumberMasked(),
                row.email(), row.residenceRegionCode(), grantsOf(row), row.realNameVerified(), row.enabled(),
                row.mustChangePassword(), row.createdAt(), row.lastLoginAt());
    }

    private List<RoleGrant> grantsOf(AccountRow row) {
        return grants.of(row.id()).stream().map(grant -> {
            String region = grant.role() == Role.RESIDENT ? row.residenceRegionCode()
                    : grant.organizationId() == null ? null
                    : organizations.find(grant.organizationId()).map(Organization::regionCode).orElse(null);
            return new RoleGrant(grant.id(), grant.role(), grant.organizationId(), region);
        }).toList();
    }
}
