package org.gongshang.identity.web;

import java.time.Instant;
import java.util.List;

import org.gongshang.identity.AccountView;
import org.gongshang.identity.Role;
import org.gongshang.identity.RoleGrant;
import org.jspecify.annotations.Nullable;

/** An account in the API: only masked personal data, ever. */
record AccountJson(long id, String username, String realName, @Nullable String maskedPhone, @Nullable String maskedIdNumber,
        @Nullable String email, @Nullable String residenceRegionCode, List<Role> roles, List<GrantJson> grants,
        boolean realNameVerified, boolean enabled, boolean mustChangePassword, Instant createdAt,
        @Nullable Instant lastLoginAt) {

    record GrantJson(long id, Role role, @Nullable Long organizationId, @Nullable String regionCode) {
        static GrantJson of(RoleGrant grant) {
            return new GrantJson(grant.id(), grant.role(), grant.organizationId(), grant.regionCode());
        }
    }

    static AccountJson of(AccountView view) {
        return new AccountJson(view.id(), view.username(), view.realName(), view.maskedPhone(), view.maskedIdNumber(),
                view.email(), view.residenceRegionCode(), view.roles(), view.grants().stream().map(GrantJson::of).toList(),
                view.realNameVerified(), view.enabled(), view.mustChangePassword(), view.createdAt(),
                view.lastLoginAt());
    }
}
