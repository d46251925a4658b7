/**
 * The append-only audit log (审计日志): every {@link org.gongshang.shared.AuditRecord} a module
 * publishes is written in the same transaction as the act, with the client's address; admins search
 * it. The database refuses changes and early deletions; a daily job deletes what is past retention.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log", allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package org.gongshang.audit;
