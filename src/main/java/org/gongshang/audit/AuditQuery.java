package org.gongshang.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A search of the audit log; every filter is optional. Days are days in China.
 *
 * @param actionPrefix actions starting with this, e.g. {@code region.} or {@code identity.login}
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param page 0 for the newest entries
 */
public record AuditQuery(@Nullable String actionPrefix, @Nullable Long actorId, @Nullable String subjectType,
        @Nullable String subjectId, @Nullable LocalDate from, @Nullable LocalDate to, int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public static AuditQuery newest() {
        return new AuditQuery(null, null, null, null, null, null, 0, DEFAULT_SIZE);
    }
}
