package org.gongshang.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.gongshang.identity.internal.AccountRow;
import org.gongshang.identity.internal.AccountStore;
import org.gongshang.identity.internal.GrantStore;
import org.gongshang.identity.internal.GrantStore.GrantRow;
import org.gongshang.identity.internal.TokenStore;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Text;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.privacy.Masking;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: registration, accounts opened by staff, roles, passwords, and personal data. */
@Service
public class Accounts {

    static final int MAX_REAL_NAME = 30;
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final AccountStore store;
    private final GrantStore grants;
    private final TokenStore tokens;
    private final PersonalDataCipher cipher;
    private final PasswordEncoder passwords;
    private final VerificationCodes codes;
    private final RealNameVerifier realNames;
    private final Organizations organizations;
    private final Regions regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Accounts(AccountStore store, GrantStore grants, TokenStore tokens, PersonalDataCipher cipher,
            PasswordEncoder passwords, VerificationCodes codes, RealNameVerifier realNames, Organizations organizations,
            Regions regions, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.grants = grants;
        this.tokens = tokens;
        this.cipher = cipher;
        this.passwords = passwords;
        this.codes = codes;
        this.realNames = realNames;
        this.organizations = organizations;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading -------------------------------------------------------------------------------

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
     * Accounts the viewer may manage, newest first: all for an admin; for staff those with a role in
     * an organisation of their region, or living in it.
     */
    public List<AccountView> search(Actor viewer, @Nullable String text, int page, int size) {
        String query = text == null || text.isBlank() ? null : text.strip();
        int limit = Math.clamp(size, 1, 200);
        int offset = Math.max(page, 0) * limit;
        if (viewer.isAdmin()) {
            return store.search(query, null, null, offset, limit).stream().map(this::view).toList();
        }
        List<String> roots = scopeOfStaff(viewer);
        List<String> regionCodes = roots.stream().flatMap(root -> regions.codesWithin(root).stream()).distinct().toList();
        List<Long> organizationIds = roots.stream().flatMap(root -> organizations.list(null, root).stream())
                .map(Organization::id).distinct().toList();
        return store.search(query, organizationIds, regionCodes, offset, limit).stream().map(this::view).toList();
    }

    /** Whether the manager (admin, or staff within their region) may see and change the account. */
    public boolean mayManage(Actor manager, long accountId) {
        if (manager.isAdmin()) {
            return true;
        }
        List<String> roots = scopeOfStaff(manager);
        if (roots.isEmpty()) {
            return false;
        }
        Actor subject = actor(accountId);
        if (subject.isAdmin()) {
            return false;
        }
        boolean viaGrant = subject.grants().stream().anyMatch(grant -> grant.regionCode() != null
                && roots.stream().anyMatch(root -> regions.isWithin(grant.regionCode(), root)));
        boolean viaResidence = subject.residenceRegionCode() != null
                && roots.stream().anyMatch(root -> regions.isWithin(subject.residenceRegionCode(), root));
        return viaGrant || viaResidence;
    }

    // ---- registration and accounts opened by staff ----------------------------------------------

    /** A resident registers: every field is checked, then the code, then the account is created. */
    @Transactional
    public AccountView register(Registration registration) {
        String phone = MobileNumber.normalise(registration.phone());
        String idNumber = ResidentIdNumber.normalise(registration.idNumber());
        String realName = registration.realName().strip();
        String residence = Text.blankToNull(registration.residenceRegionCode());
        List<FieldProblem> problems = new ArrayList<>();
        if (!MobileNumber.isValid(phone)) {
            problems.add(new FieldProblem("phone", "identity.phone.invalid"));
        }
        checkRealName(realName, problems);
        ResidentIdNumber.check(idNumber).ifPresent(problem ->
                problems.add(new FieldProblem("idNumber", "identity.id-number." + problem.name().toLowerCase().replace('_', '-'))));
        PasswordPolicy.check(registration.password(), null, phone)
                .ifPresent(key -> problems.add(new FieldProblem("password", key, PasswordPolicy.MIN, PasswordPolicy.MAX)));
        if (residence != null) {
            checkResidence(residence, problems);
        }
        if (registration.code().isBlank()) {
            problems.add(new FieldProblem("code", "identity.code.required"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        byte[] phoneHash = cipher.lookupHash(phone);
        byte[] idHash = cipher.lookupHash(idNumber);
        if (store.existsByPhoneHash(phoneHash)) {
            throw DomainException.conflict("identity.phone.registered");
        }
        if (store.existsByIdNumberHash(idHash)) {
            throw DomainException.conflict("identity.id-number.registered");
        }
        codes.require(phone, CodePurpose.REGISTER, registration.code());
        var verdict = realNames.verify(realName, new ResidentIdNumber(idNumber));
        if (verdict == RealNameVerifier.Verdict.REJECTED) {
            throw DomainException.invalidField("realName", "identity.real-name.rejected");
        }
        long id = store.insert(new AccountStore.NewAccount(newResidentUsername(), passwords.encode(registration.password()),
                realName, cipher.encrypt(idNumber), idHash, Masking.idNumber(idNumber), cipher.encrypt(phone), phoneHash,
                Masking.phone(phone), null, residence, true, false));
        grants.insert(id, Role.RESIDENT, null, null);
        events.publishEvent(new ResidentRegistered(id, residence));
        events.publishEvent(AuditRecord.of("identity.registered", id, "account", id)
                .with("realNameCheck", verdict.name()));
        return get(id);
    }

    /** Staff (within their region) or an admin opens an account with one role. */
    @Transactional
    public CreatedAccount create(NewAccount request, Actor creator) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = request.username().strip();
        if (!username.matches("[A-Za-z][A-Za-z0-9._-]{2,39}")) {
            problems.add(new FieldProblem("username", "identity.username.format"));
        } else if (store.existsByUsername(username)) {
            problems.add(new FieldProblem("username", "identity.username.taken", username));
        }
        String realName = request.realName().strip();
        checkRealName(realName, problems);
        String phone = request.phone() == null || request.phone().isBlank() ? null : MobileNumber.normalise(request.phone());
        if (phone != null && !MobileNumber.isValid(phone)) {
            problems.add(new FieldProblem("phone", "identity.phone.invalid"));
        } else if (phone != null && store.existsByPhoneHash(cipher.lookupHash(phone))) {
            problems.add(new FieldProblem("phone", "identity.phone.registered"));
        }
        String idNumber = request.idNumber() == null || request.idNumber().isBlank() ? null
                : ResidentIdNumber.normalise(request.idNumber());
        if (idNumber != null) {
            ResidentIdNumber.check(idNumber).ifPresent(problem -> problems.add(new FieldProblem("idNumber",
                    "identity.id-number." + problem.name().toLowerCase().replace('_', '-'))));
            if (ResidentIdNumber.check(idNumber).isEmpty() && store.existsByIdNumberHash(cipher.lookupHash(idNumber))) {
                problems.add(new FieldProblem("idNumber", "identity.id-number.registered"));
            }
        }
        String email = request.email() == null || request.email().isBlank() ? null : request.email().strip();
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            problems.add(new FieldProblem("email", "identity.email.invalid"));
        }
        String password = request.initialPassword() == null || request.initialPassword().isBlank()
                ? generatePassword() : request.initialPassword();
        PasswordPolicy.check(password, username, phone)
                .ifPresent(key -> problems.add(new FieldProblem("initialPassword", key, PasswordPolicy.MIN, PasswordPolicy.MAX)));
        checkGrant(request.role(), request.organizationId(), creator, problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        long id = store.insert(new AccountStore.NewAccount(username, passwords.encode(password), realName,
                idNumber == null ? null : cipher.encrypt(idNumber), idNumber == null ? null : cipher.lookupHash(idNumber),
                idNumber == null ? null : Masking.idNumber(idNumber),
                phone == null ? null : cipher.encrypt(phone), phone == null ? null : cipher.lookupHash(phone),
                phone == null ? null : Masking.phone(phone), email, null, idNumber != null, true));
        grants.insert(id, request.role(), request.organizationId(), creator.accountId());
        events.publishEvent(new AccountCreated(id, request.role(), creator.accountId()));
        events.publishEvent(AuditRecord.of("identity.account-created", creator.accountId(), "account", id)
                .with("role", request.role()).with("organization", request.organizationId()));
        return new CreatedAccount(get(id), password);
    }

    /**
     * The first administrator of an installation, from the command line; no second factor can be
     * sent until a phone is added, which the first login asks for.
     */
    @Transactional
    public long createAdministrator(String username, String password, @Nullable String phone) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!username.matches("[A-Za-z][A-Za-z0-9._-]{2,39}")) {
            problems.add(new FieldProblem("username", "identity.username.format"));
        } else if (store.existsByUsername(username)) {
            problems.add(new FieldProblem("username", "identity.username.taken", username));
        }
        String number = phone == null ? null : MobileNumber.normalise(phone);
        if (number != null && !MobileNumber.isValid(number)) {
            problems.add(new FieldProblem("phone", "identity.phone.invalid"));
        }
        PasswordPolicy.check(password, username, number)
                .ifPresent(key -> problems.add(new FieldProblem("password", key, PasswordPolicy.MIN, PasswordPolicy.MAX)));
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        long id = store.insert(new AccountStore.NewAccount(username, passwords.encode(password), username,
                null, null, null, number == null ? null : cipher.encrypt(number),
                number == null ? null : cipher.lookupHash(number), number == null ? null : Masking.phone(number),
                null, null, false, false));
        grants.insert(id, Role.ADMIN, null, null);
        events.publishEvent(AuditRecord.of("identity.administrator-created", null, "account", id).with("via", "command line"));
        return id;
    }

    // ---- roles ----------------------------------------------------------------------------------

    @Transactional
    public RoleGrant grant(long accountId, Role role, @Nullable Long organizationId, Actor by) {
        requireManage(by, accountId);
        List<FieldProblem> problems = new ArrayList<>();
        checkGrant(role, organizationId, by, problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        if (grants.exists(accountId, role, organizationId)) {
            throw DomainException.conflict("identity.grant.exists");
        }
        long grantId = grants.insert(accountId, role, organizationId, by.accountId());
        events.publishEvent(AuditRecord.of("identity.role-granted", by.accountId(), "account", accountId)
                .with("role", role).with("organization", organizationId));
        return actor(accountId).grants().stream().filter(g -> g.id() == grantId).findFirst().orElseThrow();
    }

    @Transactional
    public void revoke(long accountId, long grantId, Actor by) {
        requireManage(by, accountId);
        GrantRow grant = grants.find(grantId).filter(g -> g.accountId() == accountId)
                .orElseThrow(() -> DomainException.notFound("identity.grant.unknown", grantId));
        if (!by.isAdmin() && !RoleRules.staffMayGrant(grant.role())) {
            throw DomainException.forbidden("identity.grant.not-allowed", grant.role());
        }
        if (grant.role() == Role.ADMIN && grant.accountId() == by.accountId()) {
            throw DomainException.conflict("identity.grant.own-admin");
        }
        grants.delete(grantId);
        events.publishEvent(AuditRecord.of("identity.role-revoked", by.accountId(), "account", accountId)
                .with("role", grant.role()).with("organization", grant.organizationId()));
    }

    // ---- account state --------------------------------------------------------------------------

    @Transactional
    public void setEnabled(long accountId, boolean enabled, Actor by) {
        requireManage(by, accountId);
        if (!enabled && accountId == by.accountId()) {
            throw DomainException.conflict("identity.account.disable-self");
        }
        store.setEnabled(accountId, enabled);
        if (!enabled) {
            tokens.revokeAll(accountId, clock.instant());
        }
        events.publishEvent(AuditRecord.of(enabled ? "identity.account-enabled" : "identity.account-disabled",
                by.accountId(), "account", accountId));
    }

    @Transactional
    public void unlock(long accountId, Actor by) {
        requireManage(by, accountId);
        store.unlock(accountId);
        events.publishEvent(AuditRecord.of("identity.account-unlocked", by.accountId(), "account", accountId));
    }

    @Transactional
    public void changePassword(long accountId, String current, String next) {
        AccountRow row = store.find(accountId).orElseThrow(() -> DomainException.notFound("identity.account.unknown", accountId));
        if (!passwords.matches(current, row.passwordHash())) {
            throw DomainException.invalidField("currentPassword", "identity.password.current-wrong");
        }
        if (current.equals(next)) {
            throw DomainException.invalidField("newPassword", "identity.password.same");
        }
        String phone = row.phoneCipher() == null ? null : cipher.decrypt(row.phoneCipher());
        PasswordPolicy.check(next, row.username(), phone).ifPresent(key -> {
            throw DomainException.invalidField("newPassword", key, PasswordPolicy.MIN, PasswordPolicy.MAX);
        });
        store.changePassword(accountId, passwords.encode(next), false);
        events.publishEvent(AuditRecord.of("identity.password-changed", accountId, "account", accountId));
    }

    /** Forgotten password: the code sent to the registered phone sets a new one and signs out elsewhere. */
    @Transactional
    public void resetPassword(String phone, String code, String next) {
        String number = MobileNumber.normalise(phone);
        if (!MobileNumber.isValid(number)) {
            throw DomainException.invalidField("phone", "identity.phone.invalid");
        }
        PasswordPolicy.check(next, null, number).ifPresent(key -> {
            throw DomainException.invalidField("newPassword", key, PasswordPolicy.MIN, PasswordPolicy.MAX);
        });
        codes.require(number, CodePurpose.RESET, code);
        AccountRow row = store.findByPhoneHash(cipher.lookupHash(number))
                .orElseThrow(() -> DomainException.invalidField("code", "identity.code.void"));
        store.changePassword(row.id(), passwords.encode(next), false);
        store.unlock(row.id());
        tokens.revokeAll(row.id(), clock.instant());
        events.publishEvent(AuditRecord.of("identity.password-reset", row.id(), "account", row.id()));
    }

    /** The holder's own contact details and residence; an email enables the email channel. */
    @Transactional
    public void updateProfile(long accountId, @Nullable String email, @Nullable String residenceRegionCode) {
        List<FieldProblem> problems = new ArrayList<>();
        String mail = email == null || email.isBlank() ? null : email.strip();
        if (mail != null && (mail.length() > 200 || !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            problems.add(new FieldProblem("email", "identity.email.invalid"));
        }
        String residence = Text.blankToNull(residenceRegionCode);
        if (residence != null) {
            checkResidence(residence, problems);
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        store.updateProfile(accountId, mail, residence);
    }

    /** Adds or replaces the holder's phone, proven by a second-factor code sent to it. */
    @Transactional
    public void setPhone(long accountId, String phone) {
        String number = MobileNumber.normalise(phone);
        byte[] hash = cipher.lookupHash(number);
        store.findByPhoneHash(hash).filter(other -> other.id() != accountId).ifPresent(other -> {
            throw DomainException.conflict("identity.phone.registered");
        });
        store.setPhone(accountId, cipher.encrypt(number), hash, Masking.phone(number));
        events.publishEvent(AuditRecord.of("identity.phone-changed", accountId, "account", accountId));
    }

    /** The full value of a personal field, for an admin with a stated reason; every view is audited. */
    @Transactional
    public String reveal(long accountId, PersonalField field, String reason, Actor by) {
        if (!by.isAdmin()) {
            throw DomainException.forbidden("identity.reveal.admin-only");
        }
        if (reason == null || reason.strip().length() < 4 || reason.length() > 200) {
            throw DomainException.invalidField("reason", "identity.reveal.reason");
        }
        AccountRow row = store.find(accountId).orElseThrow(() -> DomainException.notFound("identity.account.unknown", accountId));
        byte[] value = field == PersonalField.ID_NUMBER ? row.idNumberCipher() : row.phoneCipher();
        if (value == null) {
            throw DomainException.notFound("identity.reveal.empty");
        }
        events.publishEvent(AuditRecord.of("identity.personal-data-viewed", by.accountId(), "account", accountId)
                .with("field", field).with("reason", reason.strip()));
        return cipher.decrypt(value);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private AccountView view(AccountRow row) {
        return new AccountView(row.id(), row.username(), row.realName(), row.phoneMasked(), row.idNumberMasked(),
                row.email(), row.residenceRegionCode(), grantsOf(row), row.realNameVerified(), row.enabled(),
                row.isLocked(clock.instant()), row.mustChangePassword(), row.createdAt(), row.lastLoginAt());
    }

    private List<RoleGrant> grantsOf(AccountRow row) {
        return grants.of(row.id()).stream().map(grant -> {
            String region = grant.role() == Role.RESIDENT ? row.residenceRegionCode()
                    : grant.organizationId() == null ? null
                    : organizations.find(grant.organizationId()).map(Organization::regionCode).orElse(null);
            return new RoleGrant(grant.id(), grant.role(), grant.organizationId(), region);
        }).toList();
    }

    private List<String> scopeOfStaff(Actor actor) {
        return actor.grants(Role.STAFF).stream().map(RoleGrant::regionCode).filter(java.util.Objects::nonNull).toList();
    }

    private void requireManage(Actor manager, long accountId) {
        get(accountId);
        if (!mayManage(manager, accountId)) {
            throw DomainException.forbidden("identity.account.not-yours");
        }
    }

    private void checkGrant(Role role, @Nullable Long organizationId, Actor by, List<FieldProblem> problems) {
        if (role == Role.RESIDENT) {
            problems.add(new FieldProblem("role", "identity.grant.resident"));
            return;
        }
        if (!by.isAdmin() && (!RoleRules.staffMayGrant(role) || !by.has(Role.STAFF))) {
            throw DomainException.forbidden("identity.grant.not-allowed", role);
        }
        var types = RoleRules.organizationTypesFor(role);
        if (types.isEmpty()) {
            if (organizationId != null) {
                problems.add(new FieldProblem("organizationId", "identity.grant.no-organization", role));
            }
            return;
        }
        if (organizationId == null) {
            problems.add(new FieldProblem("organizationId", "identity.grant.organization-required", role));
            return;
        }
        Organization organization = organizations.find(organizationId).orElse(null);
        if (organization == null || !organization.active()) {
            problems.add(new FieldProblem("organizationId", "organization.unknown", organizationId));
        } else if (!types.contains(organization.type())) {
            problems.add(new FieldProblem("organizationId", "identity.grant.organization-type", role));
        } else if (!by.isAdmin() && scopeOfStaff(by).stream().noneMatch(root -> regions.isWithin(organization.regionCode(), root))) {
            throw DomainException.forbidden("identity.scope.outside", organization.regionCode());
        }
    }

    private static void checkRealName(String realName, List<FieldProblem> problems) {
        if (realName.isEmpty() || realName.length() > MAX_REAL_NAME || !realName.matches("[\\p{IsHan}A-Za-z·•.\\s]+")) {
            problems.add(new FieldProblem("realName", "identity.real-name.invalid", MAX_REAL_NAME));
        }
    }

    private void checkResidence(String code, List<FieldProblem> problems) {
        Optional<Region> region = regions.find(code);
        if (region.isEmpty() || !region.get().active()
                || (region.get().level() != RegionLevel.COMMUNITY && region.get().level() != RegionLevel.GRID)) {
            problems.add(new FieldProblem("residenceRegionCode", "identity.residence.invalid"));
        }
    }

    private String newResidentUsername() {
        String username;
        do {
            username = "u" + (10_000_000 + random.nextInt(90_000_000));
        } while (store.existsByUsername(username));
        return username;
    }

    private String generatePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        // Letters and digits both, as the policy asks.
        return password.append(random.nextInt(10)).append((char) ('a' + random.nextInt(26))).toString();
    }
}
