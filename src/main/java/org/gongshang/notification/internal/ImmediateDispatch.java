package org.gongshang.notification.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Urgent messages (codes above all) should not wait for the next dispatch run: once the transaction
 * that queued them has committed, they are tried at once on another thread, still through the
 * outbox, so that a failure falls back to the normal retries.
 */
@Component
public class ImmediateDispatch {

    private final OutboxDispatcher dispatcher;
    private final TaskExecutor executor;

    ImmediateDispatch(OutboxDispatcher dispatcher, @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.dispatcher = dispatcher;
        this.executor = executor;
    }

    public void afterCommit(List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<UUID> queued = List.copyOf(ids);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            executor.execute(() -> dispatcher.dispatchNow(queued));
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                executor.execute(() -> dispatcher.dispatchNow(queued));
            }
        });
    }
}
