package org.gongshang.audit.web;

import java.util.List;

import org.gongshang.audit.AuditEntry;

/**
 * An audit entry as the page shows it: its time in the platform's zone and its codes in words
 * ({@link AuditLabels}); the entry itself keeps the codes, for the search and the API.
 */
record AuditRow(AuditEntry entry, String time, String action, String subjectType, List<Detail> details) {

    record Detail(String label, String value) {
    }
}
