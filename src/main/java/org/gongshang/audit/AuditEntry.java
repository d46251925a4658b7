package org.gongshang.audit;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One recorded act of the audit log.
 *
 * @param actorId the account that acted, if known
 * @param clientIp the address the request came from, when the act happened in a request
 */
public record AuditEntry(long id, Instant occurredAt, String action, @Nullable Long actorId, String subjectType,
        String subjectId, Map<String, String> details, @Nullable String clientIp) {
}
