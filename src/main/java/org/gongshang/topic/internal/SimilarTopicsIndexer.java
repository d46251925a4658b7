package org.gongshang.topic.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.gongshang.shared.cluster.ClusterSignals;
import org.gongshang.shared.cluster.Signal;
import org.gongshang.shared.cluster.SignalListener;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps this node's {@link SimilarityIndex} in step with the database: built when the application
 * is ready, updated after each local change commits, and on other nodes when their changes commit
 * (cluster signal {@link #CHANGED} with the topic's id). Should signals be missed, it also catches up
 * every {@code gongshang.topic.similarity.refresh} with what changed (by {@code updated_at}, with an
 * overlap so that late commits are not missed). Rebuilt when removed topics leave too much behind.
 */
@Component
public class SimilarTopicsIndexer {

    static final String CHANGED = "topic.changed";
    private static final Logger log = LoggerFactory.getLogger(SimilarTopicsIndexer.class);
    /** Longer than any transaction that changes a topic: updated_at is its start, the commit comes later. */
    private static final Duration OVERLAP = Duration.ofMinutes(2);

    private final TopicStore topics;
    private final ClusterSignals signals;
    private final ChineseTerms terms = ChineseTerms.instance();
    // Segmenting a text takes milliseconds: not on the signal thread. One thread keeps the order.
    private final ExecutorService followers = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("similar-topics").factory());
    private volatile SimilarityIndex index = new SimilarityIndex(ChineseTerms.instance());
    private volatile @Nullable Instant caughtUpTo;

    SimilarTopicsIndexer(TopicStore topics, ClusterSignals signals) {
        this.topics = topics;
        this.signals = signals;
        signals.subscribe(CHANGED, new SignalListener() {
            @Override
            public void signalled(Signal signal) {
                if (!signal.fromThisNode()) {
                    followers.execute(() -> put(Long.parseLong(signal.payload())));
                }
            }

            @Override
            public void missed() {
                followers.execute(SimilarTopicsIndexer.this::catchUp);
            }
        });
    }

    public SimilarityIndex index() {
        return index;
    }

    @EventListener(ApplicationReadyEvent.class)
    public synchronized void rebuild() {
        long started = System.nanoTime();
        Instant from = topics.databaseNow();
        List<SimilarityIndex.Document> documents = new ArrayList<>();
        topics.forEachCandidate(documents::add);
        index = SimilarityIndex.build(terms, documents);
        caughtUpTo = from;
        log.info("Similar-topic index built: {} topics in {} ms", documents.size(), (System.nanoTime() - started) / 1_000_000);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TopicChanged changed) {
        put(changed.topicId());
    }

    /** In the transaction of the change: other nodes index it when it has committed. */
    @EventListener
    void announce(TopicChanged changed) {
        signals.send(CHANGED, Long.toString(changed.topicId()));
    }

    private void put(long topicId) {
        topics.find(topicId).ifPresent(topic -> index.put(new SimilarityIndex.Document(topicId, topic.title(),
                topic.description(), topic.status(), topic.held())));
    }

    @Scheduled(initialDelayString = "${gongshang.topic.similarity.refresh:30s}",
            fixedDelayString = "${gongshang.topic.similarity.refresh:30s}")
    public synchronized void catchUp() {
        Instant since = caughtUpTo;
        if (since == null) {
            return;
        }
        if (index.wasted() > 0.25) {
            rebuild();
            return;
        }
        Instant now = topics.databaseNow();
        topics.changedSince(since.minus(OVERLAP)).forEach(index::put);
        caughtUpTo = now;
    }

    @PreDestroy
    void stop() {
        followers.shutdownNow();
    }
}
