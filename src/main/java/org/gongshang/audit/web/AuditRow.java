package org.gongshang.audit.web;

import java.time.format.DateTimeFormatter;

import org.gongshang.audit.AuditEntry;
import org.gongshang.shared.Zones;

/** An audit entry as the page shows it, with its time in China. */
record AuditRow(AuditEntry entry, String time) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static AuditRow of(AuditEntry entry) {
        return new AuditRow(entry, TIME.format(entry.occurredAt().atZone(Zones.platform())));
    }
}
