package org.gongshang.identity;

import org.jspecify.annotations.Nullable;

/** How to reach an account holder, for the notification module only: the phone is in full. */
public record Contact(long accountId, String realName, @Nullable String phone, @Nullable String email) {

    @Override
    public String toString() {
        return "Contact[" + accountId + "]";
    }
}
