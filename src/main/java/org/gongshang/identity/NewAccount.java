package org.gongshang.identity;

import org.jspecify.annotations.Nullable;

/**
 * An account that staff or an admin opens for a member, cadre, department, staff member, reviewer
 * or admin. The holder must change the initial password at first login.
 *
 * @param initialPassword left empty, one is generated and shown once to the creator
 */
public record NewAccount(String username, String realName, @Nullable String phone, @Nullable String idNumber,
        @Nullable String email, Role role, @Nullable Long organizationId, @Nullable String initialPassword) {

    @Override
    public String toString() {
        return "NewAccount[" + username + ", " + role + "]";
    }
}
