package org.gongshang.identity;

/** A new account and its initial password, which is shown to its creator once and stored nowhere. */
public record CreatedAccount(AccountView account, String initialPassword) {

    @Override
    public String toString() {
        return "CreatedAccount[" + account.id() + "]";
    }
}
