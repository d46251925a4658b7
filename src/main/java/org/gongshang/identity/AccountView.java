package org.gongshang.identity;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** An account as others may see it: personal data only masked. */
public record AccountView(
        long id,
        String username,
        String realName,
        @Nullable String maskedPhone,
        @Nullable String maskedIdNumber,
        @Nullable String email,
        @Nullable String residenceRegionCode,
        List<RoleGrant> grants,
        boolean realNameVerified,
        boolean enabled,
        boolean mustChangePassword,
        Instant createdAt,
        @Nullable Instant lastLoginAt) {

    public List<Role> roles() {
        return grants.stream().map(RoleGrant::role).distinct().toList();
    }
}
