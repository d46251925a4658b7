package org.gongshang.notification;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.gongshang.notification.internal.ImmediateDispatch;
import org.gongshang.notification.internal.OutboxStore;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox's dead letters, for admins: messages given up after the last try or refused by the
 * provider, and retrying them; SMS the provider reported as not received.
 */
@Service
public class Outbox {

    static final int LIST_LIMIT = 200;

    private final OutboxStore store;
    private final ImmediateDispatch immediate;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Outbox(OutboxStore store, ImmediateDispatch immediate, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.immediate = immediate;
        this.events = events;
        this.clock = clock;
    }

    /** Newest first. */
    public List<FailedMessage> failed() {
        return store.failed(LIST_LIMIT).stream()
                .map(m -> new FailedMessage(m.id(), m.channel(), m.kind(), m.recipientMasked(), m.subject(), m.attempts(),
                        m.lastError(), m.createdAt(), m.body() != null))
                .toList();
    }

    /** SMS reported as not received by the phone, newest first. */
    public List<UndeliveredMessage> undelivered() {
        return store.undelivered(LIST_LIMIT).stream()
                .map(m -> new UndeliveredMessage(m.id(), m.kind(), m.recipientMasked(), m.sentAt(),
                        m.handover() == null ? null : m.handover().parts(), m.receipt().detail(), m.receipt().at()))
                .toList();
    }

    /**
     * Gives a failed message a fresh round of tries, starting now.
     *
     * @throws DomainException NOT_FOUND for an unknown message, CONFLICT unless it failed and still has its text
     */
    @Transactional
    public void retry(UUID id, long byAccountId) {
        store.find(id).orElseThrow(() -> DomainException.notFound("notification.outbox.unknown"));
        if (!store.requeue(id, clock.instant())) {
            throw DomainException.conflict("notification.outbox.not-retryable");
        }
        events.publishEvent(AuditRecord.of("notification.retried", byAccountId, "outbox-message", id));
        immediate.afterCommit(List.of(id));
    }
}
