package org.gongshang.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.gongshang.similarity.internal.CorpusIndex;
import org.gongshang.similarity.internal.TextIndexes;
import org.gongshang.similarity.internal.TextStore;
import org.gongshang.support.GongshangTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes over one database: the application's index (node A, where texts are written) and a second
 * index built here (node B) that follows the table every second as a node does. What A writes, B finds
 * within seconds, by words at once and by meaning once the embedding is stored; a transaction that
 * commits after a later one is not missed.
 */
@GongshangTest
class SimilarTextsNodesTests {

    static final Corpus CORPUS = new Corpus("nodetest");
    static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1_000);

    @Autowired
    SimilarTexts nodeA;

    @Autowired
    TextStore store;

    @Autowired
    TextIndexes indexesOfNodeA;

    @Autowired
    PlatformTransactionManager transactions;

    TextIndexes nodeB;
    ScheduledExecutorService refresh;

    @BeforeEach
    void startNodeB() {
        nodeB = new TextIndexes(store, indexesOfNodeA.model());
        refresh = Executors.newSingleThreadScheduledExecutor();
        refresh.scheduleWithFixedDelay(nodeB::follow, 0, 1, TimeUnit.SECONDS);
    }

    @AfterEach
    void stopNodeB() {
        refresh.shutdownNow();
    }

    @Test
    void aTextWrittenOnOneNodeIsFoundOnTheOtherByWordsAndThenByMeaning() {
        long id = IDS.incrementAndGet();
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                nodeA.index(CORPUS, id, "老旧小区加装电梯推进难", "", attributes("SUBMITTED")));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(findOnB("老旧小区电梯加装难", null)).extracting(SimilarText::id).contains(id));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(nodeB.corpus(CORPUS.name()).vectorOf(id)).as("embedded on node A's worker").isNotNull());
        float[] meaning = nodeB.corpus(CORPUS.name()).vectorOf(id);
        assertThat(nodeB.corpus(CORPUS.name()).find("", "", meaning, TextFilter.any(), 5, 0.99, scoring()))
                .extracting(SimilarText::id).containsExactly(id);
    }

    @Test
    void aChangeAndARemovalReachTheOtherNode() {
        long id = IDS.incrementAndGet();
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                nodeA.index(CORPUS, id, "滨河路积水严重", "", attributes("SUBMITTED")));
        await().atMost(Duration.ofSeconds(5)).until(() -> !findOnB("滨河路积水", null).isEmpty());

        new TransactionTemplate(transactions).executeWithoutResult(status ->
                nodeA.index(CORPUS, id, "滨河路积水严重", "", attributes("DECLINED")));
        await().atMost(Duration.ofSeconds(5)).until(() -> findOnB("滨河路积水", "SUBMITTED").isEmpty());

        new TransactionTemplate(transactions).executeWithoutResult(status -> nodeA.remove(CORPUS, id));
        await().atMost(Duration.ofSeconds(5)).until(() -> findOnB("滨河路积水", null).isEmpty());
    }

    @Test
    void aTransactionThatCommitsLateIsNotMissed() {
        long early = IDS.incrementAndGet();
        long late = IDS.incrementAndGet();
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        TransactionStatus slow = transactions.getTransaction(definition);
        store.put(CORPUS.name(), early, "菜市场占道经营严重", "", attributes("SUBMITTED"));

        runInAnotherThread(() -> new TransactionTemplate(transactions).executeWithoutResult(status ->
                store.put(CORPUS.name(), late, "菜市场门口小贩占道", "", attributes("SUBMITTED"))));
        await().atMost(Duration.ofSeconds(5)).until(() -> findOnB("菜市场占道", null).stream().anyMatch(t -> t.id() == late));
        transactions.commit(slow);

        await().atMost(Duration.ofSeconds(5)).until(() -> findOnB("菜市场占道", null).stream().anyMatch(t -> t.id() == early));
    }

    List<SimilarText> findOnB(String text, String status) {
        TextFilter filter = status == null ? TextFilter.any() : TextFilter.any().withStatuses(Set.of(status));
        return nodeB.corpus(CORPUS.name()).find(text, "", null, filter, 5, 0.2, scoring());
    }

    static CorpusIndex.Scoring scoring() {
        return new CorpusIndex.Scoring(0.05, 0.2, 256);
    }

    static TextAttributes attributes(String status) {
        return new TextAttributes("511702001", status, false, null, Instant.now());
    }

    static void runInAnotherThread(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
