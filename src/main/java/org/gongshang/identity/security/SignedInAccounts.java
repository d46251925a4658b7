package org.gongshang.identity.security;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.gongshang.identity.AccountView;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.identity.IdentityProperties;
import org.gongshang.identity.Logins;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.cluster.ClusterSignals;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds the principal of an account from the database, or nothing if it may not act. Every
 * request asks for it, so a node keeps each one for a few seconds ({@code principal-cache}); any
 * audited change to an account forgets it at once on this node, and on the others when the change
 * commits (cluster signal {@link #ACCOUNT_CHANGED}: the account and the audited action).
 */
@Component
public class SignedInAccounts {

    static final String ACCOUNT_CHANGED = "identity.account";

    private final Accounts accounts;
    private final Logins logins;
    private final ClusterSignals signals;
    private final Cache<Long, Optional<SignedInAccount>> recent;

    SignedInAccounts(Accounts accounts, Logins logins, IdentityProperties properties, ClusterSignals signals) {
        this.accounts = accounts;
        this.logins = logins;
        this.signals = signals;
        this.recent = Caffeine.newBuilder().expireAfterWrite(properties.principalCache()).maximumSize(100_000).build();
        signals.subscribe(ACCOUNT_CHANGED, signal -> recent.invalidate(AccountChange.parse(signal.payload()).accountId()));
    }

    /** Empty for unknown or disabled accounts, whose sessions and tokens thereby stop working. */
    public Optional<SignedInAccount> load(long accountId) {
        return recent.get(accountId, this::read);
    }

    private Optional<SignedInAccount> read(long accountId) {
        Optional<AccountView> view = accounts.find(accountId).filter(AccountView::enabled);
        return view.map(account -> new SignedInAccount(
                new Actor(account.id(), account.realName(), account.grants(), account.residenceRegionCode()),
                account.username(), account.mustChangePassword(), account.maskedPhone() != null,
                logins.credentialsVersion(account.id())));
    }

    /** Roles, passwords, phones and the enabled flag change only in audited acts on an account. */
    @EventListener
    void forget(AuditRecord record) {
        AccountChange.of(record).ifPresent(change -> {
            recent.invalidate(change.accountId());
            signals.send(ACCOUNT_CHANGED, change.payload());
        });
    }
}
