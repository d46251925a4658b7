package org.gongshang.similarity.internal;

import org.gongshang.similarity.SimilarityProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This node's indexes and embedding thread: loaded when the application is ready (the model in the
 * background), then every {@code gongshang.similarity.refresh} the indexes read what other nodes
 * wrote and the worker looks for texts to embed (a crash's leftovers, another node's).
 */
@Configuration(proxyBeanMethods = false)
public class SimilarityConfiguration {

    @Bean
    TextIndexes textIndexes(TextStore store) {
        return new TextIndexes(store, SentenceEncoder.currentModelId());
    }

    @Bean(destroyMethod = "close")
    EmbeddingWorker embeddingWorker(TextStore store, TransactionTemplate transactions, SimilarityProperties properties,
            TextIndexes indexes) {
        return new EmbeddingWorker(store, transactions, properties, indexes::follow);
    }

    @Bean
    Follower similarityFollower(TextIndexes indexes, EmbeddingWorker worker) {
        return new Follower(indexes, worker);
    }

    /** Start-up and the periodic catch-up. */
    static class Follower {

        private final TextIndexes indexes;
        private final EmbeddingWorker worker;

        Follower(TextIndexes indexes, EmbeddingWorker worker) {
            this.indexes = indexes;
            this.worker = worker;
        }

        @EventListener(ApplicationReadyEvent.class)
        @Order(Ordered.HIGHEST_PRECEDENCE)
        void start() {
            indexes.follow();
            worker.wake();
        }

        @Scheduled(initialDelayString = "${gongshang.similarity.refresh:1s}", fixedDelayString = "${gongshang.similarity.refresh:1s}")
        void refresh() {
            indexes.follow();
            worker.wake();
        }
    }
}
