package org.gongshang.identity.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One row of the account table, personal data still encrypted. */
public record AccountRow(
        long id,
        String username,
        String passwordHash,
        String realName,
        byte @Nullable [] idNumberCipher,
        @Nullable String idNumberMasked,
        byte @Nullable [] phoneCipher,
        @Nullable String phoneMasked,
        @Nullable String email,
        @Nullable String residenceRegionCode,
        boolean realNameVerified,
        boolean enabled,
        boolean mustChangePassword,
        int failedLogins,
        @Nullable Instant lockedUntil,
        Instant createdAt,
        @Nullable Instant lastLoginAt) {

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
