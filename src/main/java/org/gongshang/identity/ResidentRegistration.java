package org.gongshang.identity;

import java.util.ArrayList;
import java.util.List;

import org.gongshang.identity.internal.AccountAggregate;
import org.gongshang.identity.internal.AccountRecords;
import org.gongshang.identity.internal.RoleGrantAggregate;
import org.gongshang.identity.internal.RoleGrantRepository;
import org.gongshang.identity.internal.RegistrationGuard;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A resident registers with real name (实名注册). The order of the checks is the security: first
 * the form's shape, then the limits per address and phone, then the SMS code — so that a caller
 * without the code learns nothing about the phone or the ID number — and only then whether the ID
 * number is taken. A taken ID number and a name the verifier rejects get one neutral answer, while
 * the number's holder is told and the attempt audited: the masked ID numbers the platform shows
 * cannot be completed by trying numbers here, and each number tried costs a code to a phone.
 */
@Service
public class ResidentRegistration {

    private final AccountRecords records;
    private final RoleGrantRepository grants;
    private final RegistrationGuard guard;
    private final VerificationCodes codes;
    private final RealNameVerifier realNames;
    private final AccountChecks checks;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    ResidentRegistration(AccountRecords records, RoleGrantRepository grants, RegistrationGuard guard, VerificationCodes codes,
            RealNameVerifier realNames, AccountChecks checks, Accounts accounts, ApplicationEventPublisher events) {
        this.records = records;
        this.grants = grants;
        this.guard = guard;
        this.codes = codes;
        this.realNames = realNames;
        this.checks = checks;
        this.accounts = accounts;
        this.events = events;
    }

    /**
     * @param ip the caller's address, for the per-address limit and the audit log
     * @throws DomainException INVALID for a malformed form, a wrong code or details that cannot register;
     *     TOO_MANY beyond the limits
     */
    @Transactional
    public AccountView register(Registration registration, @Nullable String ip) {
        String phone = MobileNumber.normalise(registration.phone());
        String idNumber = ResidentIdNumber.normalise(registration.idNumber());
        String realName = registration.realName().strip();
        String residence = Text.blankToNull(registration.residenceRegionCode());
        checkShape(registration, phone, idNumber, realName, residence);
        guard.count(records.lookupHash(phone), ip);
        codes.require(phone, CodePurpose.REGISTER, registration.code());

        var holder = records.byIdNumber(idNumber).map(AccountAggregate::requiredId);
        if (holder.isPresent() || records.phoneTaken(phone)) {
            throw guard.refuse("id number or phone registered", ip, holder.orElse(null));
        }
        var verdict = realNames.verify(realName, new ResidentIdNumber(idNumber));
        if (verdict == RealNameVerifier.Verdict.REJECTED) {
            throw guard.refuse("real name rejected", ip, null);
        }
        long id = records.insert(new AccountRecords.Draft(uniqueUsername(), registration.password(), realName, idNumber, phone,
                null, residence, false, false));
        grants.save(RoleGrantAggregate.grant(id, Role.RESIDENT, null, null));
        events.publishEvent(new ResidentRegistered(id, residence));
        events.publishEvent(AuditRecord.of("identity.registered", id, "account", id)
                .with("realNameCheck", verdict.name()).with("ip", ip));
        return accounts.get(id);
    }

    private void checkShape(Registration registration, String phone, String idNumber, String realName, @Nullable String residence) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!MobileNumber.isValid(phone)) {
            problems.add(new FieldProblem("phone", "identity.phone.invalid"));
        }
        AccountChecks.realName(realName, problems);
        AccountChecks.idNumber(idNumber, problems);
        PasswordPolicy.check(registration.password(), null, phone)
                .ifPresent(key -> problems.add(new FieldProblem("password", key, PasswordPolicy.MIN, PasswordPolicy.MAX)));
        if (residence != null) {
            checks.residence(residence, problems);
        }
        if (registration.code().isBlank()) {
            problems.add(new FieldProblem("code", "identity.code.required"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
    }

    private String uniqueUsername() {
        String username;
        do {
            username = checks.residentUsername();
        } while (accounts.findByUsername(username).isPresent());
        return username;
    }
}
