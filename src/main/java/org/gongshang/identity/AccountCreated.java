package org.gongshang.identity;

/** Staff or an admin opened an account with a role (member, cadre, department, staff, reviewer, admin). */
public record AccountCreated(long accountId, Role role, long createdBy) {
}
