package org.gongshang.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the audit log keeps its entries.
 *
 * @param retentionDays days after which entries are deleted; at least {@value #MINIMUM_RETENTION_DAYS}
 */
@ConfigurationProperties("gongshang.audit")
public record AuditProperties(@DefaultValue("365") int retentionDays) {

    /**
     * Six months: the Cybersecurity Law (网络安全法, art. 21) asks network operators to keep logs at
     * least that long. The database enforces the same floor.
     */
    public static final int MINIMUM_RETENTION_DAYS = 180;

    /** A shorter retention is a configuration error, so the application refuses to start rather than keep less. */
    public AuditProperties {
        if (retentionDays < MINIMUM_RETENTION_DAYS) {
            throw new IllegalArgumentException("gongshang.audit.retention-days is " + retentionDays
                    + " but must be at least " + MINIMUM_RETENTION_DAYS + " (six months, 网络安全法 art. 21)");
        }
    }
}
