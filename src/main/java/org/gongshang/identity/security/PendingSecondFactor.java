package org.gongshang.identity.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Kept in the session between a correct password and the second factor: the account is not signed
 * in yet. {@code newPhone} is set while an account without a phone on record enrols one.
 */
public record PendingSecondFactor(long accountId, Instant since, @Nullable String newPhone) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String SESSION_KEY = PendingSecondFactor.class.getName();
    static final Duration VALIDITY = Duration.ofMinutes(10);

    public boolean expired(Instant now) {
        return since.plus(VALIDITY).isBefore(now);
    }

    public PendingSecondFactor withNewPhone(String phone) {
        return new PendingSecondFactor(accountId, since, phone);
    }
}
