package org.gongshang.audit.internal;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.gongshang.shared.AuditRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes every {@link AuditRecord} as it is published: synchronously, in the publisher's transaction,
 * so that the act and its record commit or roll back together. (An asynchronous module listener
 * could lose the record, or write one for an act that was rolled back.)
 */
@Component
class AuditRecorder {

    /** The longest textual IPv6 address. */
    private static final int MAX_ADDRESS = 45;

    private final AuditStore store;
    private final Clock clock;

    AuditRecorder(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @EventListener
    void on(AuditRecord record) {
        store.insert(clock.instant(), record.action(), record.actorId(), record.subjectType(), record.subjectId(),
                record.details(), clientAddress());
    }

    /**
     * The address of the request being served on this thread, if any. Behind a reverse proxy this is
     * the client's only when the server trusts the proxy's forwarded headers
     * ({@code server.forward-headers-strategy}); reading X-Forwarded-For here would let anyone forge it.
     */
    private static @Nullable String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String address = request.getRemoteAddr();
            return address == null || address.length() <= MAX_ADDRESS ? address : address.substring(0, MAX_ADDRESS);
        }
        return null;
    }
}
