package org.gongshang.audit.web;

import java.time.Instant;
import java.util.Map;

import org.gongshang.audit.AuditEntry;
import org.jspecify.annotations.Nullable;

/** An audit entry as the API shows it. */
record AuditEntryView(long id, Instant occurredAt, String action, @Nullable Long actorId, String subjectType,
        String subjectId, Map<String, String> details, @Nullable String clientIp) {

    static AuditEntryView of(AuditEntry entry) {
        return new AuditEntryView(entry.id(), entry.occurredAt(), entry.action(), entry.actorId(), entry.subjectType(),
                entry.subjectId(), entry.details(), entry.clientIp());
    }
}
