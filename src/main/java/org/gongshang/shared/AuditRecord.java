package org.gongshang.shared;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A security-relevant act to keep in the append-only audit log (审计日志). Modules publish it as an
 * application event inside the transaction of the act, so the act and its record commit together.
 *
 * @param action what happened, e.g. {@code identity.login-failed}, {@code topic.declined}
 * @param actorId the account that acted, if known
 * @param subjectType what it was done to, e.g. {@code account}, {@code topic}
 * @param subjectId which one
 * @param details small facts worth keeping (never a full ID number or phone)
 */
public record AuditRecord(String action, @Nullable Long actorId, String subjectType, String subjectId,
        Map<String, String> details) {

    public static AuditRecord of(String action, @Nullable Long actorId, String subjectType, Object subjectId) {
        return new AuditRecord(action, actorId, subjectType, String.valueOf(subjectId), Map.of());
    }

    public AuditRecord with(String key, @Nullable Object value) {
        var more = new java.util.LinkedHashMap<>(details);
        more.put(key, String.valueOf(value));
        return new AuditRecord(action, actorId, subjectType, subjectId, more);
    }
}
