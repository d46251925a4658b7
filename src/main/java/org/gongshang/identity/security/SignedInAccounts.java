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
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds the principal of an account from the database, or nothing if it may not act. Every
 * request asks for it, so a node keeps each one for a few seconds ({@code principal-cache}); any
 * audited change to an account on this node forgets it at once.
 */
@Component
public class SignedInAccounts {

    private final Accounts accounts;
    private final Logins logins;
    private final Cache<Long, Optional<SignedInAccount>> recent;

    SignedInAccounts(Accounts accounts, Logins logins, IdentityProperties properties) {
        this.accounts = accounts;
        this.logins = logins;
        this.recent = Caffeine.newBuilder().expireAfterWrite(properties.principalCache()).maximumSize(100_000).build();
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
        if ("account".equals(record.subjectType())) {
            try {
                recent.invalidate(Long.parseLong(record.subjectId()));
            } catch (NumberFormatException notAnAccountId) {
                // e.g. a failed login of an unknown name: nothing cached
            }
        }
    }
}
