package org.gongshang.topic.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
 * is ready, updated after each local change commits, and caught up periodically with changes
 * other nodes made (by {@code updated_at}, with an overlap so that late commits are not missed).
 * Rebuilt when removed topics leave too much behind.
 */
@Component
public class SimilarTopicsIndexer {

    private static final Logger log = LoggerFactory.getLogger(SimilarTopicsIndexer.class);
    /** Longer than any transaction that changes a topic: updated_at is its start, the commit comes later. */
    private static final Duration OVERLAP = Duration.ofMinutes(2);

    private final TopicStore topics;
    private final ChineseTerms terms = ChineseTerms.instance();
    private volatile SimilarityIndex index = new SimilarityIndex(ChineseTerms.instance());
    private volatile @Nullable Instant caughtUpTo;

    SimilarTopicsIndexer(TopicStore topics) {
        this.topics = topics;
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
        topics.find(changed.topicId()).ifPresent(topic -> index.put(new SimilarityIndex.Document(changed.topicId(),
                topic.title(), topic.description(), topic.status(), topic.held())));
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

}
