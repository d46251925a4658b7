package org.gongshang.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The password every demo account shares, hashed once: hashing is slow on purpose, and the demo
 * data opens dozens of accounts (it was a quarter of a first start's time).
 */
@Component
public class DemoPassword {

    /** Demo data only: it would not pass the password policy, and demo accounts need not change it. */
    public static final String PLAIN = "gongshang-demo";

    private final PasswordEncoder passwords;
    private volatile @Nullable String hash;

    DemoPassword(PasswordEncoder passwords) {
        this.passwords = passwords;
    }

    public String hash() {
        String known = hash;
        if (known == null) {
            known = passwords.encode(PLAIN);
            hash = known;
        }
        return known;
    }
}
