package org.gongshang.deliberation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Group commit for votes. Each vote used to be its own statement and commit; at thousands of votes
 * a second the commits, round trips and statement start-ups cost PostgreSQL more than the votes.
 * Requests hand their vote to one writer thread and wait for its answer; the writer takes whatever
 * has queued up meanwhile and writes it as one statement in one transaction. When votes are few
 * a batch is one vote and nothing waits; under load batches grow by themselves.
 *
 * <p>A vote cast inside a caller's transaction is written in that transaction, as before: it may
 * depend on rows the writer's connection cannot see yet.
 */
@Component
public class VoteWriter {

    private static final Logger log = LoggerFactory.getLogger(VoteWriter.class);

    /** Large enough that a batch never waits for room; small enough to stay one short statement. */
    static final int BATCH_MAX = 500;

    private static final long ANSWER_TIMEOUT_SECONDS = 30;

    /** A vote waiting for the writer, and the answer its request waits for. */
    record Pending(long deliberationId, long statementId, long participantId, int value, Instant at,
            CompletableFuture<VoteOutcome> taken) {
    }

    private final VoteStore store;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread writer;
    private volatile boolean running = true;

    VoteWriter(VoteStore store) {
        this.store = store;
        this.writer = Thread.ofPlatform().name("vote-writer").daemon().start(this::writeWhileRunning);
    }

    /**
     * @return what became of the vote: refused by the statement or the deliberation, the same as the
     *     current one (nothing written), or recorded
     * @throws org.springframework.dao.DataAccessException when the database failed the batch
     */
    public VoteOutcome record(long deliberationId, long statementId, long participantId, int value, Instant at) {
        if (!running || TransactionSynchronizationManager.isActualTransactionActive()) {
            return store.record(deliberationId, statementId, participantId, value, at);
        }
        Pending vote = new Pending(deliberationId, statementId, participantId, value, at, new CompletableFuture<>());
        queue.add(vote);
        try {
            return vote.taken().get(ANSWER_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (TimeoutException slow) {
            throw new QueryTimeoutException("The vote was not written within " + ANSWER_TIMEOUT_SECONDS + " s");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the vote was written", interrupted);
        }
    }

    private void writeWhileRunning() {
        List<Pending> batch = new ArrayList<>(BATCH_MAX);
        while (running) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH_MAX - 1);
                write(batch);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Pending> batch) {
        try {
            VoteOutcome[] taken = store.recordAll(batch);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).taken().complete(taken[i]);
            }
        } catch (RuntimeException failed) {
            log.warn("A batch of {} votes failed", batch.size(), failed);
            batch.forEach(vote -> vote.taken().completeExceptionally(failed));
        }
    }

    /** Votes already queued are written before the database goes away. */
    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        writer.join(TimeUnit.SECONDS.toMillis(ANSWER_TIMEOUT_SECONDS));
        List<Pending> rest = new ArrayList<>();
        queue.drainTo(rest);
        for (int from = 0; from < rest.size(); from += BATCH_MAX) {
            write(rest.subList(from, Math.min(rest.size(), from + BATCH_MAX)));
        }
    }
}
