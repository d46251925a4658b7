package org.gongshang.consultation.web;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.gongshang.consultation.internal.SessionChanged;
import org.gongshang.shared.cluster.ClusterSignals;
import org.gongshang.shared.cluster.Signal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Followers of a session may be connected to any node. Each change is announced to all nodes with
 * the transaction that made it (a cluster signal: the consultation, what changed, its subject); the
 * node that made it pushes at once ({@link LivePublisher}), every other node with followers of that
 * session reads the state from the database and pushes it to its own followers, in the order the
 * changes committed.
 */
@Component
class LiveRelay {

    static final String TOPIC = "consultation.live";
    private static final Logger log = LoggerFactory.getLogger(LiveRelay.class);

    private final ClusterSignals signals;
    private final LivePublisher publisher;
    // One thread keeps the order of the changes; it reads and renders, the followers' writers write.
    private final ExecutorService relay = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("live-relay").factory());

    LiveRelay(ClusterSignals signals, LivePublisher publisher) {
        this.signals = signals;
        this.publisher = publisher;
        signals.subscribe(TOPIC, this::received);
    }

    /** Inside the act's transaction: the signal goes out when the change commits, and not at all if it rolls back. */
    @EventListener
    void announce(SessionChanged change) {
        signals.send(TOPIC, change.consultationId() + " " + change.what().name() + " " + change.subjectId());
    }

    private void received(Signal signal) {
        if (signal.fromThisNode()) {
            return;
        }
        String[] parts = signal.payload().split(" ");
        SessionChanged change;
        try {
            change = new SessionChanged(Long.parseLong(parts[0]), SessionChanged.What.valueOf(parts[1]), Long.parseLong(parts[2]));
        } catch (RuntimeException malformed) {
            log.warn("Ignored a malformed live signal: {}", signal.payload());
            return;
        }
        relay.execute(() -> {
            try {
                publisher.push(change);
            } catch (RuntimeException failure) {
                log.warn("Live update of consultation {} ({}) from another node not pushed", change.consultationId(),
                        change.what(), failure);
            }
        });
    }

    @PreDestroy
    void stop() {
        relay.shutdownNow();
    }
}
