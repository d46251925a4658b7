package org.gongshang.identity;

import java.time.Clock;

import org.gongshang.identity.internal.AccountAggregate;
import org.gongshang.identity.internal.AccountRecords;
import org.gongshang.identity.internal.TokenStore;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing a password (knowing the current one) and resetting a forgotten one (with a code sent to
 * the registered phone). Either ends every other session and revokes every API token of the account:
 * whoever learnt the old password is out at their next request. The session that changed it stays.
 */
@Service
public class Passwords {

    private final AccountRecords records;
    private final TokenStore tokens;
    private final VerificationCodes codes;
    private final SignInDelays delays;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Passwords(AccountRecords records, TokenStore tokens, VerificationCodes codes, SignInDelays delays,
            ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.tokens = tokens;
        this.codes = codes;
        this.delays = delays;
        this.events = events;
        this.clock = clock;
    }

    /** @return the account's new credentials version, for the session that made the change to keep */
    @Transactional
    public int change(long accountId, String current, String next) {
        AccountAggregate row = records.get(accountId);
        if (!records.passwordMatches(row.passwordHash(), current)) {
            throw DomainException.invalidField("currentPassword", "identity.password.current-wrong");
        }
        if (current.equals(next)) {
            throw DomainException.invalidField("newPassword", "identity.password.same");
        }
        String phone = records.phoneOf(row).orElse(null);
        PasswordPolicy.check(next, row.username(), phone).ifPresent(key -> {
            throw DomainException.invalidField("newPassword", key, PasswordPolicy.MIN, PasswordPolicy.MAX);
        });
        records.setPassword(accountId, next, false);
        tokens.revokeAll(accountId, clock.instant());
        events.publishEvent(AuditRecord.of("identity.password-changed", accountId, "account", accountId));
        return row.credentialsVersion() + 1;
    }

    /** Forgotten password: the code sent to the registered phone sets a new one and signs out everywhere. */
    @Transactional
    public void reset(String phone, String code, String next) {
        String number = MobileNumber.normalise(phone);
        if (!MobileNumber.isValid(number)) {
            throw DomainException.invalidField("phone", "identity.phone.invalid");
        }
        PasswordPolicy.check(next, null, number).ifPresent(key -> {
            throw DomainException.invalidField("newPassword", key, PasswordPolicy.MIN, PasswordPolicy.MAX);
        });
        codes.require(number, CodePurpose.RESET, code);
        AccountAggregate row = records.byPhone(number).orElseThrow(() -> DomainException.invalidField("code", "identity.code.void"));
        long id = row.requiredId();
        records.setPassword(id, next, false);
        delays.forget(row);
        tokens.revokeAll(id, clock.instant());
        events.publishEvent(AuditRecord.of("identity.password-reset", id, "account", id));
    }
}
