package org.gongshang.audit.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gongshang.audit.AuditLog;
import org.gongshang.audit.AuditQuery;
import org.gongshang.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Audit log", description = "审计日志")
class AuditLogApi {

    private final AuditLog auditLog;

    AuditLogApi(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @GetMapping
    @Operation(summary = "Audit entries, newest first; every filter optional, days (from, to inclusive) in China")
    List<AuditEntryView> search(@RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable Long actor,
            @RequestParam(required = false) @Nullable String subjectType,
            @RequestParam(required = false) @Nullable String subjectId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + AuditQuery.DEFAULT_SIZE) int size) {
        var query = new AuditQuery(Text.blankToNull(action), actor, Text.blankToNull(subjectType),
                Text.blankToNull(subjectId), from, to, page, size);
        return auditLog.search(query).entries().stream().map(AuditEntryView::of).toList();
    }
}
