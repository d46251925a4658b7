package org.gongshang.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.gongshang.identity.internal.AccountRow;
import org.gongshang.identity.internal.AccountStore;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.demo.DemoMode;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login decisions shared by the pages and the API: passwords with lockout after repeated failures,
 * SMS-code logins, and whether a second factor is due. Every attempt is audited; failures are kept
 * even when the caller's transaction fails.
 */
@Service
public class Logins {

    /** A password hash to compare against when the name is unknown, so both cases take as long. */
    private final String decoyHash;

    private final AccountStore accounts;
    private final PasswordEncoder passwords;
    private final PersonalDataCipher cipher;
    private final VerificationCodes codes;
    private final IdentityProperties properties;
    private final DemoMode demo;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Logins(AccountStore accounts, PasswordEncoder passwords, PersonalDataCipher cipher, VerificationCodes codes,
            IdentityProperties properties, DemoMode demo, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.cipher = cipher;
        this.codes = codes;
        this.properties = properties;
        this.demo = demo;
        this.events = events;
        this.clock = clock;
        this.decoyHash = passwords.encode("decoy-password-never-used-1");
    }

    /** @param username the login name or the registered mobile number */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public LoginOutcome withPassword(String username, String password, @Nullable String ip) {
        Optional<AccountRow> found = findByLoginName(username);
        if (found.isEmpty()) {
            passwords.matches(password, decoyHash);
            events.publishEvent(AuditRecord.of("identity.login-failed", null, "account", "-")
                    .with("reason", "unknown name").with("ip", ip));
            return new LoginOutcome.BadCredentials();
        }
        AccountRow account = found.get();
        Instant now = clock.instant();
        if (account.isLocked(now)) {
            events.publishEvent(AuditRecord.of("identity.login-refused", account.id(), "account", account.id())
                    .with("reason", "locked").with("ip", ip));
            return new LoginOutcome.Locked(minutesLeft(account.lockedUntil(), now));
        }
        if (!passwords.matches(password, account.passwordHash())) {
            int failures = accounts.recordFailedLogin(account.id());
            events.publishEvent(AuditRecord.of("identity.login-failed", account.id(), "account", account.id())
                    .with("reason", "wrong password").with("failures", failures).with("ip", ip));
            if (failures >= properties.maxFailedLogins()) {
                Instant until = now.plus(properties.lockout());
                accounts.lockUntil(account.id(), until);
                events.publishEvent(AuditRecord.of("identity.account-locked", account.id(), "account", account.id())
                        .with("until", until).with("ip", ip));
                return new LoginOutcome.Locked(minutesLeft(until, now));
            }
            return new LoginOutcome.BadCredentials();
        }
        if (!account.enabled()) {
            events.publishEvent(AuditRecord.of("identity.login-refused", account.id(), "account", account.id())
                    .with("reason", "disabled").with("ip", ip));
            return new LoginOutcome.Disabled();
        }
        return new LoginOutcome.Success(account.id());
    }

    /** A login with the code sent to the registered phone (purpose LOGIN). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public LoginOutcome withSmsCode(String phone, String code, @Nullable String ip) {
        if (codes.check(phone, CodePurpose.LOGIN, code) != CodeCheck.ACCEPTED) {
            events.publishEvent(AuditRecord.of("identity.login-failed", null, "account", "-")
                    .with("reason", "wrong code").with("ip", ip));
            return new LoginOutcome.BadCredentials();
        }
        Optional<AccountRow> account = accounts.findByPhoneHash(cipher.lookupHash(MobileNumber.normalise(phone)));
        if (account.isEmpty()) {
            return new LoginOutcome.BadCredentials();
        }
        if (!account.get().enabled()) {
            return new LoginOutcome.Disabled();
        }
        if (account.get().isLocked(clock.instant())) {
            return new LoginOutcome.Locked(minutesLeft(account.get().lockedUntil(), clock.instant()));
        }
        return new LoginOutcome.Success(account.get().id());
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
        return accounts.find(accountId).map(AccountRow::phoneCipher).map(cipher::decrypt);
    }

    private Optional<AccountRow> findByLoginName(String username) {
        String name = username.strip();
        String phone = MobileNumber.normalise(name);
        if (MobileNumber.isValid(phone)) {
            Optional<AccountRow> byPhone = accounts.findByPhoneHash(cipher.lookupHash(phone));
            if (byPhone.isPresent()) {
                return byPhone;
            }
        }
        return name.isEmpty() ? Optional.empty() : accounts.findByUsername(name);
    }

    private static long minutesLeft(@Nullable Instant until, Instant now) {
        return until == null ? 0 : Math.max(1, Duration.between(now, until).toMinutes() + 1);
    }
}
