package org.gongshang.identity.security;

import java.util.Optional;

import org.gongshang.identity.Accounts;
import org.gongshang.identity.AccountView;
import org.gongshang.identity.Actor;
import org.springframework.stereotype.Component;

/** Builds the principal of an account from the database, or nothing if it may not act. */
@Component
public class SignedInAccounts {

    private final Accounts accounts;

    SignedInAccounts(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Empty for unknown or disabled accounts, whose sessions and tokens thereby stop working. */
    public Optional<SignedInAccount> load(long accountId) {
        Optional<AccountView> view = accounts.find(accountId).filter(AccountView::enabled);
        return view.map(account -> new SignedInAccount(
                new Actor(account.id(), account.realName(), account.grants(), account.residenceRegionCode()),
                account.username(), account.mustChangePassword(), account.maskedPhone() != null));
    }
}
