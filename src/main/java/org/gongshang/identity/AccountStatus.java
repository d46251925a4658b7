package org.gongshang.identity;

import java.time.Clock;

import org.gongshang.identity.internal.AccountAggregate;
import org.gongshang.identity.internal.AccountRecords;
import org.gongshang.identity.internal.AccountRepository;
import org.gongshang.identity.internal.TokenStore;
import org.gongshang.shared.AuditRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disabling and enabling accounts, and clearing the sign-in delay that failed passwords built up.
 * Staff may do it only to accounts all of whose roles lie in their region ({@link AccountScope}).
 */
@Service
public class AccountStatus {

    private final AccountRepository accounts;
    private final AccountRecords records;
    private final TokenStore tokens;
    private final SignInDelays delays;
    private final AccountScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountStatus(AccountRepository accounts, AccountRecords records, TokenStore tokens, SignInDelays delays,
            AccountScope scope, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.records = records;
        this.tokens = tokens;
        this.delays = delays;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /** A disabled account's sessions and tokens stop working at their next request. */
    @Transactional
    public void setEnabled(long accountId, boolean enabled, Actor by) {
        scope.requireActOn(by, accountId);
        AccountAggregate account = records.get(accountId);
        accounts.save(enabled ? account.enabledAgain() : account.disabledBy(by.accountId()));
        if (!enabled) {
            tokens.revokeAll(accountId, clock.instant());
        }
        events.publishEvent(AuditRecord.of(enabled ? "identity.account-enabled" : "identity.account-disabled",
                by.accountId(), "account", accountId));
    }

    /** The owner, or someone who confirmed who they are, may try passwords again at once. */
    @Transactional
    public void clearSignInDelay(long accountId, Actor by) {
        scope.requireActOn(by, accountId);
        accounts.findById(accountId).ifPresent(delays::forget);
        events.publishEvent(AuditRecord.of("identity.account-unlocked", by.accountId(), "account", accountId));
    }
}
