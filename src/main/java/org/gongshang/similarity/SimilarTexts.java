package org.gongshang.similarity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongshang.similarity.internal.CorpusIndex;
import org.gongshang.similarity.internal.EmbeddedText;
import org.gongshang.similarity.internal.EmbeddingWorker;
import org.gongshang.similarity.internal.TextIndexes;
import org.gongshang.similarity.internal.TextStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Similar texts by meaning and words, for every module that compares texts. A module indexes its
 * texts when it writes them (in its own transaction: the text and its entry commit together), and asks
 * for the texts most like a query, filtered by scope, status, group and time. The embedding is computed
 * after the commit on a background thread; until it is there, the text is found by its words.
 */
@Service
public class SimilarTexts {

    private final TextStore store;
    private final TextIndexes indexes;
    private final EmbeddingWorker worker;
    private final SimilarityProperties properties;

    SimilarTexts(TextStore store, TextIndexes indexes, EmbeddingWorker worker, SimilarityProperties properties) {
        this.store = store;
        this.indexes = indexes;
        this.worker = worker;
        this.properties = properties;
    }

    /** Adds or changes a text; when only its attributes change, its embedding is kept. */
    public void index(Corpus corpus, long id, String title, String body, TextAttributes attributes) {
        store.put(corpus.name(), id, title, body, attributes);
        afterCommit(() -> indexes.corpus(corpus.name()).applyLocal(corpus.name(), id, title, body, attributes, false));
    }

    /** Whether this node's index holds a text as given, so that indexing it again would change nothing. */
    public boolean holds(Corpus corpus, long id, String title, String body, TextAttributes attributes) {
        indexes.followOnce();
        return indexes.corpus(corpus.name()).holds(id, title, body, attributes);
    }

    public void remove(Corpus corpus, long id) {
        store.remove(corpus.name(), id);
        afterCommit(() -> indexes.corpus(corpus.name()).applyLocal(corpus.name(), id, "", "",
                new TextAttributes("", "", false, null, Instant.EPOCH), true));
    }

    /** The texts most like a title (and body), best first, scoring at least {@code minScore}. */
    public List<SimilarText> find(Corpus corpus, String title, String body, TextFilter filter, int limit, double minScore) {
        if (title.isBlank() && body.isBlank()) {
            return List.of();
        }
        indexes.followOnce();
        String queryTitle = capped(title);
        String queryBody = capped(body);
        float[] vector = worker.embed(EmbeddedText.of(queryTitle, queryBody, properties.minTitleChars(), properties.maxChars()));
        return indexes.corpus(corpus.name()).find(queryTitle, queryBody, vector, filter, limit, minScore, scoring(),
                worker::embedAll);
    }

    /**
     * The texts most like an indexed one (which the filter should exclude), using its stored embedding;
     * title and body give the words part.
     */
    public List<SimilarText> like(Corpus corpus, long id, String title, String body, TextFilter filter, int limit,
            double minScore) {
        indexes.followOnce();
        CorpusIndex index = indexes.corpus(corpus.name());
        float[] vector = index.vectorOf(id);
        if (vector == null) {
            vector = worker.embed(EmbeddedText.of(title, body, properties.minTitleChars(), properties.maxChars()));
        }
        return index.find(title, body, vector, filter, limit, minScore, scoring(), worker::embedAll);
    }

    /**
     * A text's embedding (unit length): the stored one, or computed now from title and body while the
     * worker has not reached it; null while the model is not loaded. For grouping with {@link Leaders}.
     */
    public float @Nullable [] meaning(Corpus corpus, long id, String title, String body) {
        indexes.followOnce();
        float[] vector = indexes.corpus(corpus.name()).vectorOf(id);
        return vector != null ? vector
                : worker.embed(EmbeddedText.of(capped(title), capped(body), properties.minTitleChars(), properties.maxChars()));
    }

    /** Every two embedded texts of a filter's selection that mean nearly the same (by meaning alone). */
    public List<SimilarPair> pairs(Corpus corpus, TextFilter filter, double minScore) {
        indexes.followOnce();
        CorpusIndex index = indexes.corpus(corpus.name());
        List<Long> ids = index.ids(filter);
        List<SimilarPair> pairs = new ArrayList<>();
        for (long id : ids) {
            float[] vector = index.vectorOf(id);
            if (vector == null) {
                continue;
            }
            for (SimilarText match : index.find("", "", vector, filter.excluding(id), ids.size(), minScore, scoring(), worker::embedAll)) {
                if (id < match.id()) {
                    pairs.add(new SimilarPair(id, match.id(), match.score()));
                }
            }
        }
        return pairs;
    }

    /** Groups of texts linked by similar pairs (single linkage), largest first; texts alike with none are left out. */
    public List<List<Long>> clusters(Corpus corpus, TextFilter filter, double minScore) {
        Map<Long, Long> parent = new HashMap<>();
        for (SimilarPair pair : pairs(corpus, filter, minScore)) {
            long first = root(parent, pair.first());
            long second = root(parent, pair.second());
            if (first != second) {
                parent.put(first, second);
            }
        }
        Map<Long, List<Long>> groups = new HashMap<>();
        for (long id : List.copyOf(parent.keySet())) {
            groups.computeIfAbsent(root(parent, id), r -> new ArrayList<>()).add(id);
        }
        return groups.values().stream().map(group -> group.stream().sorted().toList())
                .sorted(Comparator.comparingInt((List<Long> group) -> -group.size()).thenComparing(List::getFirst))
                .toList();
    }

    /** Whether lookups use meaning yet (the model loads in the background after start-up). */
    public boolean byMeaning() {
        return worker.ready();
    }

    /** Texts of a corpus in this node's index, and how many of them have their embedding. */
    public Coverage coverage(Corpus corpus) {
        indexes.followOnce();
        CorpusIndex index = indexes.corpus(corpus.name());
        return new Coverage(index.size(), index.embedded());
    }

    public record Coverage(int texts, int embedded) {
    }

    /** A query typed into a form may be anything; segmenting a megabyte would hold the request. */
    private String capped(String text) {
        int max = properties.maxQueryChars();
        return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max));
    }

    private CorpusIndex.Scoring scoring() {
        return new CorpusIndex.Scoring(properties.wordsWeight(), properties.wordsMinScore(), properties.candidates());
    }

    /**
     * This node sees its own writes at once, applied from memory (reading the table here would hold the
     * transaction's connection while waiting for others); the embedding follows on the worker thread.
     */
    private void afterCommit(Runnable applyLocally) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    applyLocally.run();
                    worker.wake();
                }
            });
        } else {
            applyLocally.run();
            worker.wake();
        }
    }

    private static long root(Map<Long, Long> parent, long id) {
        long current = id;
        long up = parent.computeIfAbsent(current, c -> c);
        while (up != current) {
            current = up;
            up = parent.get(current);
        }
        return current;
    }
}
