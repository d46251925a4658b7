package org.gongshang.identity;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** 8 to 64 characters with letters and digits, not containing the login name or phone. */
public final class PasswordPolicy {

    public static final int MIN = 8;
    public static final int MAX = 64;

    private PasswordPolicy() {
    }

    /** The message key of the first rule broken, if any. */
    public static Optional<String> check(String password, @Nullable String username, @Nullable String phone) {
        if (password.length() < MIN || password.length() > MAX) {
            return Optional.of("identity.password.length");
        }
        if (!password.matches(".*[A-Za-z].*") || !password.matches(".*[0-9].*")) {
            return Optional.of("identity.password.mix");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if ((username != null && username.length() >= 4 && lower.contains(username.toLowerCase(Locale.ROOT)))
                || (phone != null && phone.length() >= 4 && lower.contains(phone))) {
            return Optional.of("identity.password.personal");
        }
        return Optional.empty();
    }
}
