package org.gongshang.audit.internal;

import org.gongshang.audit.AuditProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes audit entries older than the retention, once a day at night. Each node runs it; that is
 * harmless, since deleting what is past retention twice deletes nothing the second time.
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
    @Scheduled(cron = "0 30 3 * * *", zone = "Asia/Shanghai")
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
