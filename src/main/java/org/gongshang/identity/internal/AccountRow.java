package org.gongshang.identity.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One row of the account table, personal data still encrypted.
 *
 * @param credentialsVersion raised by every password change or reset; sessions and tokens of an older one end
 * @param demoAccount one of the demo accounts with the published password
 */
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
        int credentialsVersion,
        boolean demoAccount,
        Instant createdAt,
        @Nullable Instant lastLoginAt) {

    public boolean hasPhone() {
        return phoneCipher != null;
    }
}
