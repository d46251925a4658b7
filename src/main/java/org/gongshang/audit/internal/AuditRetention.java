package org.gongshang.audit.internal;

import org.gongshang.audit.AuditProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes audit entries older than the retention, once a day at night, on one node: a task of the
 * persistent scheduler ({@code audit-retention}).
 */
@Component
public class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final AuditStore store;
    private final AuditProperties properties;

    AuditRetention(AuditStore store, AuditProperties properties) {
        this.store = store;
        this.properties = properties;
    }

    /**
     * Hands the configured retention to the database first, whose trigger then allows exactly these
     * deletions (and never any younger than 180 days).
     *
     * @return how many entries were deleted
     */
    @Transactional
    public int deleteExpired() {
        store.setRetention(properties.retentionDays());
        int deleted = store.deleteOlderThan(properties.retentionDays());
        if (deleted > 0) {
            log.info("Deleted {} audit entries older than {} days", deleted, properties.retentionDays());
        }
        return deleted;
    }
}
