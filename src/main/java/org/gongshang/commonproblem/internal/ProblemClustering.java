package org.gongshang.commonproblem.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.gongshang.commonproblem.CommonProblemProperties;
import org.gongshang.commonproblem.ProblemCorpus;
import org.gongshang.commonproblem.ProblemText;
import org.gongshang.commonproblem.internal.ClusterStore.SourceRow;
import org.gongshang.similarity.Leaders;
import org.gongshang.similarity.SimilarTexts;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts each text into the group whose representative means nearly the same (leader clustering over
 * the similarity module's stored embeddings), or starts a group with it. One text costs one pass over
 * the representatives' signatures, so a new topic is placed in milliseconds and a full pass over
 * 100,000 topics takes seconds, not the hours of comparing every pair. The representatives are kept
 * in memory, loaded from the table on first use; writes are serialised on this node.
 */
@Component
public class ProblemClustering implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProblemClustering.class);
    /** A text arriving before the model has loaded is placed when it has. */
    private static final Duration RETRY = Duration.ofSeconds(2);
    private static final int MAX_RETRIES = 300;

    private final Map<String, ProblemCorpus> corpora = new LinkedHashMap<>();
    private final ClusterStore store;
    private final SimilarTexts similar;
    private final CommonProblemProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("common-problem-retry").daemon().factory());
    private @Nullable Leaders leaders;

    /** What a full pass did. */
    public record Pass(int texts, int groups, long millis) {
    }

    ProblemClustering(List<ProblemCorpus> corpora, ClusterStore store, SimilarTexts similar,
            CommonProblemProperties properties, TransactionTemplate transactions, Clock clock) {
        corpora.forEach(corpus -> this.corpora.put(corpus.kind(), corpus));
        this.store = store;
        this.similar = similar;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ProblemCorpus corpus(String kind) {
        ProblemCorpus corpus = corpora.get(kind);
        if (corpus == null) {
            throw DomainException.notFound("common-problem.kind.unknown", kind);
        }
        return corpus;
    }

    /** A text was added or changed: it joins, stays in, moves between or leaves groups. */
    public void changed(String kind, long id) {
        changed(kind, id, 0);
    }

    private synchronized void changed(String kind, long id, int attempt) {
        ProblemCorpus corpus = corpus(kind);
        Leaders groups = leaders();
        Optional<ProblemText> found = corpus.find(id).filter(text -> !raised(corpus, text));
        Optional<SourceRow> before = store.source(kind, id);
        if (found.isEmpty() || !found.get().counted()) {
            before.ifPresent(row -> transactions.executeWithoutResult(status -> leave(row, groups)));
            return;
        }
        ProblemText text = found.get();
        if (before.isPresent() && before.get().title().equals(text.title())) {
            SourceRow row = before.get();
            transactions.executeWithoutResult(status -> store.put(new SourceRow(kind, id, row.clusterId(), text.title(),
                    text.communityCode(), text.supporters(), text.occurredAt(), row.score())));
            return;
        }
        float[] vector = similar.meaning(corpus.corpus(), id, text.title(), text.body());
        if (vector == null) {
            if (attempt < MAX_RETRIES) {
                retries.schedule(() -> changed(kind, id, attempt + 1), RETRY.toMillis(), TimeUnit.MILLISECONDS);
            }
            return;
        }
        boolean[] started = new boolean[1];
        long clusterId = transactions.execute(status -> {
            before.ifPresent(row -> leave(row, groups));
            Optional<Leaders.Nearest> nearest = groups.nearest(vector, properties.minScore());
            started[0] = nearest.isEmpty();
            long cluster = nearest.map(Leaders.Nearest::groupId).orElseGet(() -> store.insertCluster(kind, id, text.title()));
            store.put(new SourceRow(kind, id, cluster, text.title(), text.communityCode(), text.supporters(),
                    text.occurredAt(), nearest.map(Leaders.Nearest::score).orElse(1.0)));
            return cluster;
        });
        if (started[0]) {
            groups.put(clusterId, vector);
        }
    }

    /**
     * Groups every text of the period again from scratch (after a change of threshold or model); raised
     * groups stay, with their representatives first, so that their problems keep gathering there.
     */
    public synchronized Pass rebuild() {
        long started = System.nanoTime();
        Instant since = clock.instant().minus(properties.period());
        Leaders fresh = new Leaders(properties.candidates());
        int[] texts = new int[1];
        transactions.executeWithoutResult(status -> {
            store.clear();
            for (ClusterStore.Representative representative : store.representatives(true)) {
                Optional.ofNullable(corpora.get(representative.kind()))
                        .map(corpus -> similar.meaning(corpus.corpus(), representative.representativeId(),
                                representative.title(), ""))
                        .ifPresent(vector -> fresh.put(representative.clusterId(), vector));
            }
            Set<Long> raisedTopics = store.raisedTopics();
            List<SourceRow> rows = new ArrayList<>();
            for (ProblemCorpus corpus : corpora.values()) {
                List<ProblemText> all = new ArrayList<>();
                corpus.forEachSince(since, all::add);
                for (ProblemText text : all) {
                    SourceRow row = place(corpus, text, fresh, raisedTopics);
                    if (row != null) {
                        rows.add(row);
                        texts[0]++;
                    }
                }
            }
            store.insertAll(rows);
        });
        leaders = fresh;
        Pass pass = new Pass(texts[0], fresh.size(), Duration.ofNanos(System.nanoTime() - started).toMillis());
        log.info("Common problems grouped again: {} texts in {} groups, {} ms", pass.texts(), pass.groups(), pass.millis());
        return pass;
    }

    private @Nullable SourceRow place(ProblemCorpus corpus, ProblemText text, Leaders groups, Set<Long> raisedTopics) {
        if (!text.counted() || corpus.topicId(text.id()).filter(raisedTopics::contains).isPresent()) {
            return null;
        }
        float[] vector = similar.meaning(corpus.corpus(), text.id(), text.title(), text.body());
        if (vector == null) {
            return null;
        }
        Optional<Leaders.Nearest> nearest = groups.nearest(vector, properties.minScore());
        long cluster = nearest.map(Leaders.Nearest::groupId).orElseGet(() -> {
            long created = store.insertCluster(corpus.kind(), text.id(), text.title());
            groups.put(created, vector);
            return created;
        });
        return new SourceRow(corpus.kind(), text.id(), cluster, text.title(), text.communityCode(), text.supporters(),
                text.occurredAt(), nearest.map(Leaders.Nearest::score).orElse(1.0));
    }

    private boolean raised(ProblemCorpus corpus, ProblemText text) {
        return corpus.topicId(text.id()).map(store::raisedAs).orElse(false);
    }

    private void leave(SourceRow row, Leaders groups) {
        store.remove(row.kind(), row.sourceId());
        if (store.deleteIfEmpty(row.clusterId())) {
            groups.remove(row.clusterId());
        }
    }

    private Leaders leaders() {
        if (leaders == null) {
            Leaders loaded = new Leaders(properties.candidates());
            for (ClusterStore.Representative representative : store.representatives(false)) {
                ProblemCorpus corpus = corpora.get(representative.kind());
                float[] vector = corpus == null ? null
                        : similar.meaning(corpus.corpus(), representative.representativeId(), representative.title(), "");
                if (vector != null) {
                    loaded.put(representative.clusterId(), vector);
                }
            }
            leaders = loaded;
        }
        return leaders;
    }

    @Override
    public void destroy() {
        retries.shutdownNow();
    }
}
