package org.gongshang.identity;

import java.util.ArrayList;
import java.util.List;

import org.gongshang.identity.internal.AccountRecords;
import org.gongshang.identity.internal.DemoPassword;
import org.gongshang.identity.internal.RoleGrantAggregate;
import org.gongshang.identity.internal.RoleGrantRepository;
import org.gongshang.identity.internal.SetupTokenStore;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.demo.DemoMode;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts opened for people rather than registered by them: staff (within their region) or an
 * admin open an account with one role; the first administrator is opened from the command line or
 * the set-up link. Whoever holds an account opened this way changes the initial password first.
 */
@Service
public class AccountOpening {

    private final AccountRecords records;
    private final RoleGrantRepository grants;
    private final SetupTokenStore setupTokens;
    private final AccountChecks checks;
    private final AccountScope scope;
    private final Organizations organizations;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final DemoMode demoMode;
    private final DemoPassword demoPassword;

    AccountOpening(AccountRecords records, RoleGrantRepository grants, SetupTokenStore setupTokens, AccountChecks checks,
            AccountScope scope, Organizations organizations, Accounts accounts, ApplicationEventPublisher events,
            DemoMode demoMode, DemoPassword demoPassword) {
        this.records = records;
        this.grants = grants;
        this.setupTokens = setupTokens;
        this.checks = checks;
        this.scope = scope;
        this.organizations = organizations;
        this.accounts = accounts;
        this.events = events;
        this.demoMode = demoMode;
        this.demoPassword = demoPassword;
    }

    /** Staff (within their region) or an admin opens an account with one role. */
    @Transactional
    public CreatedAccount open(NewAccount request, Actor creator) {
        return open(request, creator, false);
    }

    /**
     * Demo data only: as {@link #open}, with the demo password (hashed once, not per account) and
     * marked as a demo account, which signs in only while demo mode is on.
     */
    @Transactional
    public AccountView openDemo(NewAccount request, Actor creator) {
        if (!demoMode.isOn()) {
            throw new IllegalStateException("Demo accounts are opened in demo mode only");
        }
        return open(request, creator, true).account();
    }

    private CreatedAccount open(NewAccount request, Actor creator, boolean demo) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = request.username().strip();
        checkUsername(username, problems);
        String realName = request.realName().strip();
        AccountChecks.realName(realName, problems);
        String phone = blankToNull(request.phone()) == null ? null : MobileNumber.normalise(request.phone());
        checkPhone(phone, problems);
        String idNumber = blankToNull(request.idNumber()) == null ? null : ResidentIdNumber.normalise(request.idNumber());
        if (idNumber != null) {
            int before = problems.size();
            AccountChecks.idNumber(idNumber, problems);
            if (problems.size() == before && records.idNumberTaken(idNumber)) {
                problems.add(new FieldProblem("idNumber", "identity.id-number.registered"));
            }
        }
        String email = blankToNull(request.email());
        if (email != null && !AccountChecks.isEmail(email.strip())) {
            problems.add(new FieldProblem("email", "identity.email.invalid"));
        }
        String password = demo ? DemoPassword.PLAIN
                : blankToNull(request.initialPassword()) == null ? checks.generatePassword() : request.initialPassword();
        if (!demo) {
            PasswordPolicy.check(password, username, phone)
                    .ifPresent(key -> problems.add(new FieldProblem("initialPassword", key, PasswordPolicy.MIN, PasswordPolicy.MAX)));
        }
        checkGrant(request.role(), request.organizationId(), creator, problems);
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        AccountRecords.Draft draft = new AccountRecords.Draft(username, password, realName, idNumber, phone,
                email == null ? null : email.strip(), null, !demo, demo);
        long id = demo ? records.insert(draft, demoPassword.hash()) : records.insert(draft);
        grants.save(RoleGrantAggregate.grant(id, request.role(), request.organizationId(), creator.accountId()));
        afterAdministratorGranted(request.role());
        events.publishEvent(new AccountCreated(id, request.role(), creator.accountId()));
        events.publishEvent(AuditRecord.of("identity.account-created", creator.accountId(), "account", id)
                .with("role", request.role()).with("organization", request.organizationId()));
        return new CreatedAccount(accounts.get(id), password);
    }

    /**
     * The first administrator of an installation, from the command line or the set-up link; no
     * second factor can be sent until a phone is on record, which the first login asks for.
     *
     * @param via how it was opened, for the audit log
     */
    @Transactional
    public long openAdministrator(String username, @Nullable String realName, String password, @Nullable String phone, String via) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = username.strip();
        checkUsername(name, problems);
        String shownName = realName == null || realName.isBlank() ? name : realName.strip();
        if (realName != null && !realName.isBlank()) {
            AccountChecks.realName(shownName, problems);
        }
        String number = blankToNull(phone) == null ? null : MobileNumber.normalise(phone);
        checkPhone(number, problems);
        PasswordPolicy.check(password, name, number)
                .ifPresent(key -> problems.add(new FieldProblem("password", key, PasswordPolicy.MIN, PasswordPolicy.MAX)));
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        long id = records.insert(new AccountRecords.Draft(name, password, shownName, null, number, null, null, false, false));
        grants.save(RoleGrantAggregate.grant(id, Role.ADMIN, null, null));
        afterAdministratorGranted(Role.ADMIN);
        events.publishEvent(AuditRecord.of("identity.administrator-created", null, "account", id).with("via", via));
        return id;
    }

    /** Once an administrator exists, no set-up link may open another. */
    private void afterAdministratorGranted(Role role) {
        if (role == Role.ADMIN) {
            setupTokens.deleteAll();
        }
    }

    private void checkUsername(String username, List<FieldProblem> problems) {
        if (!AccountChecks.isUsername(username)) {
            problems.add(new FieldProblem("username", "identity.username.format"));
        } else if (accounts.findByUsername(username).isPresent()) {
            problems.add(new FieldProblem("username", "identity.username.taken", username));
        }
    }

    private void checkPhone(@Nullable String phone, List<FieldProblem> problems) {
        if (phone != null && !MobileNumber.isValid(phone)) {
            problems.add(new FieldProblem("phone", "identity.phone.invalid"));
        } else if (phone != null && records.phoneTaken(phone)) {
            problems.add(new FieldProblem("phone", "identity.phone.registered"));
        }
    }

    private void checkGrant(Role role, @Nullable Long organizationId, Actor by, List<FieldProblem> problems) {
        if (role != Role.RESIDENT) {
            scope.requireMayGrant(by, role);
        }
        RoleGrants.checkOrganization(role, organizationId, organizations, problems).ifPresent(organization ->
                scope.requireOrganizationInScope(by, organization.regionCode()));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
