package org.gongshang.identity;

import java.time.Duration;
import java.util.Optional;

import org.gongshang.identity.internal.AccountAggregate;
import org.gongshang.identity.internal.AccountRecords;
import org.gongshang.identity.internal.AccountRepository;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.demo.DemoMode;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login decisions shared by the pages and the API: passwords, slowed down after repeated failures
 * ({@link SignInDelays}), SMS-code logins, and whether a second factor is due. Every attempt is
 * audited; failures are kept even when the caller's transaction fails.
 */
@Service
public class Logins {

    /** A password hash to compare against when the name is unknown, so both cases take as long. */
    private final String decoyHash;

    private final AccountRepository accounts;
    private final AccountRecords records;
    private final VerificationCodes codes;
    private final SignInDelays delays;
    private final IdentityProperties properties;
    private final DemoMode demo;
    private final ApplicationEventPublisher events;

    Logins(AccountRepository accounts, AccountRecords records, VerificationCodes codes, SignInDelays delays,
            IdentityProperties properties, DemoMode demo, ApplicationEventPublisher events,
            PasswordEncoder passwords) {
        this.accounts = accounts;
        this.records = records;
        this.codes = codes;
        this.delays = delays;
        this.properties = properties;
        this.demo = demo;
        this.events = events;
        this.decoyHash = passwords.encode("decoy-password-never-used-1");
    }

    /** @param username the login name or the registered mobile number */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public LoginOutcome withPassword(String username, String password, @Nullable String ip) {
        Optional<AccountAggregate> found = findByLoginName(username);
        byte[] subject = delays.subject(found, username);
        Optional<Duration> wait = delays.waitFor(subject, ip);
        Long accountId = found.map(AccountAggregate::requiredId).orElse(null);
        String subjectId = accountId == null ? "-" : String.valueOf(accountId);
        if (wait.isPresent()) {
            events.publishEvent(AuditRecord.of("identity.login-refused", accountId, "account", subjectId)
                    .with("reason", "delayed").with("ip", ip));
            return new LoginOutcome.Delayed(Math.max(1, wait.get().toSeconds() + (wait.get().toMillisPart() > 0 ? 1 : 0)));
        }
        boolean usable = found.isPresent() && found.get().mayLogIn(demo.isOn());
        boolean matches = records.passwordMatches(usable ? found.get().passwordHash() : decoyHash, password);
        if (!matches || !usable) {
            delays.failed(subject, ip);
            events.publishEvent(AuditRecord.of("identity.login-failed", accountId, "account", subjectId)
                    .with("reason", found.isEmpty() ? "unknown name" : usable ? "wrong password" : "demo account outside demo mode")
                    .with("ip", ip));
            return new LoginOutcome.BadCredentials();
        }
        AccountAggregate account = found.get();
        if (!account.enabled()) {
            events.publishEvent(AuditRecord.of("identity.login-refused", accountId, "account", subjectId)
                    .with("reason", "disabled").with("ip", ip));
            return new LoginOutcome.Disabled();
        }
        delays.forget(account);
        return new LoginOutcome.Success(account.requiredId());
    }

    /** A login with the code sent to the registered phone (purpose LOGIN); password delays do not apply. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public LoginOutcome withSmsCode(String phone, String code, @Nullable String ip) {
        if (codes.check(phone, CodePurpose.LOGIN, code) != CodeCheck.ACCEPTED) {
            events.publishEvent(AuditRecord.of("identity.login-failed", null, "account", "-")
                    .with("reason", "wrong code").with("ip", ip));
            return new LoginOutcome.BadCredentials();
        }
        Optional<AccountAggregate> account = records.byPhone(MobileNumber.normalise(phone))
                .filter(row -> row.mayLogIn(demo.isOn()));
        if (account.isEmpty()) {
            return new LoginOutcome.BadCredentials();
        }
        if (!account.get().enabled()) {
            return new LoginOutcome.Disabled();
        }
        return new LoginOutcome.Success(account.get().requiredId());
    }

    /** The login is complete (after the second factor where due): record it. */
    @Transactional
    public void completed(long accountId, String method, @Nullable String ip) {
        accounts.recordSuccessfulLogin(accountId);
        events.publishEvent(AuditRecord.of("identity.login", accountId, "account", accountId)
                .with("method", method).with("ip", ip));
    }

    /** Whether this installation asks staff, reviewers, departments and admins for a second factor. */
    public boolean secondFactorEnabled() {
        return properties.secondFactor() != null ? properties.secondFactor() : !demo.isOn();
    }

    public boolean needsSecondFactor(Actor actor) {
        return secondFactorEnabled() && actor.grants().stream().anyMatch(grant -> grant.role().needsSecondFactor());
    }

    /** The phone on record in full, to send the second factor to; empty when none was given yet. */
    public Optional<String> phoneOf(long accountId) {
        return accounts.findById(accountId).flatMap(records::phoneOf);
    }

    /** The credentials version of the account: sessions begun under an older one have ended. */
    public int credentialsVersion(long accountId) {
        return accounts.findById(accountId).map(AccountAggregate::credentialsVersion).orElse(-1);
    }

    private Optional<AccountAggregate> findByLoginName(String username) {
        String name = username.strip();
        String phone = MobileNumber.normalise(name);
        if (MobileNumber.isValid(phone)) {
            Optional<AccountAggregate> byPhone = records.byPhone(phone);
            if (byPhone.isPresent()) {
                return byPhone;
            }
        }
        return name.isEmpty() ? Optional.empty() : accounts.findByLoginName(name);
    }
}
