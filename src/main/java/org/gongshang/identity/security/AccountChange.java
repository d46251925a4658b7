package org.gongshang.identity.security;

import java.util.Optional;

import org.gongshang.shared.AuditRecord;

/** An audited act on an account, as the caches of signed-in accounts and tokens need it (and as it travels to other nodes). */
record AccountChange(long accountId, String action) {

    static Optional<AccountChange> of(AuditRecord record) {
        if (!"account".equals(record.subjectType())) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AccountChange(Long.parseLong(record.subjectId()), record.action()));
        } catch (NumberFormatException notAnAccountId) {
            // e.g. a failed login of an unknown name: nothing cached
            return Optional.empty();
        }
    }

    static AccountChange parse(String payload) {
        String[] parts = payload.split(" ", 2);
        return new AccountChange(Long.parseLong(parts[0]), parts.length > 1 ? parts[1] : "");
    }

    String payload() {
        return accountId + " " + action;
    }
}
