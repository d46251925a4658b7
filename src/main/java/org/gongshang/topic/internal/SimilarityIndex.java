package org.gongshang.topic.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.gongshang.topic.TopicStatus;

/**
 * Near-duplicate topics in memory: TF-IDF cosine similarity over {@link ChineseTerms} (smartcn words
 * plus Han bigrams), in two fields — the title alone, and title with description — searched through
 * inverted lists, so a lookup touches only topics that share a term with the query. Plain Java, no
 * Spring: {@link SimilarTopicsIndexer} keeps it in step with the database. Reads run concurrently;
 * changes take a short write lock.
 */
public final class SimilarityIndex {

    /** What the index needs of a topic. */
    public record Document(long id, String title, String description, TopicStatus status, boolean held) {
    }

    /** A topic found, with its score from 0 to 1. */
    public record Hit(long id, String title, TopicStatus status, boolean held, double score) {
    }

    /** A topic's analysed terms, ready to be added. */
    private record Analysed(Document document, Bag title, Bag body) {
    }

    /** Terms with their (sublinear) frequencies. */
    private record Bag(String[] terms, float[] weights) {
    }

    private static final class Doc {
        final long id;
        final String title;
        TopicStatus status;
        boolean held;
        boolean live = true;
        final int[] titleTerms;
        final float[] titleTf;
        final int[] bodyTerms;
        final float[] bodyTf;
        float titleNorm;
        float bodyNorm;

        Doc(long id, String title, TopicStatus status, boolean held, int[] titleTerms, float[] titleTf, int[] bodyTerms,
                float[] bodyTf) {
            this.id = id;
            this.title = title;
            this.status = status;
            this.held = held;
            this.titleTerms = titleTerms;
            this.titleTf = titleTf;
            this.bodyTerms = bodyTerms;
            this.bodyTf = bodyTf;
        }
    }

    /** Inverted lists of one field: for each term, the documents and the term's frequency in each. */
    private static final class Field {
        int[][] docs = new int[1024][];
        float[][] tfs = new float[1024][];
        int[] sizes = new int[1024];
        int[] df = new int[1024];
        int live;

        void ensure(int term) {
            if (term >= docs.length) {
                int length = Math.max(term + 1, docs.length * 2);
                docs = Arrays.copyOf(docs, length);
                tfs = Arrays.copyOf(tfs, length);
                sizes = Arrays.copyOf(sizes, length);
                df = Arrays.copyOf(df, length);
            }
        }

        void add(int doc, int[] terms, float[] tf) {
            for (int i = 0; i < terms.length; i++) {
                int term = terms[i];
                ensure(term);
                if (docs[term] == null) {
                    docs[term] = new int[4];
                    tfs[term] = new float[4];
                } else if (sizes[term] == docs[term].length) {
                    docs[term] = Arrays.copyOf(docs[term], sizes[term] * 2);
                    tfs[term] = Arrays.copyOf(tfs[term], sizes[term] * 2);
                }
                docs[term][sizes[term]] = doc;
                tfs[term][sizes[term]] = tf[i];
                sizes[term]++;
                df[term]++;
            }
            live++;
        }

        /** The lists keep the entry (skipped when read, dropped at the next rebuild); frequencies drop now. */
        void remove(int[] terms) {
            for (int term : terms) {
                df[term]--;
            }
            live--;
        }

        float idf(int term) {
            int frequency = term >= 0 && term < df.length ? df[term] : 0;
            return (float) Math.log(1 + (double) Math.max(live, 1) / Math.max(frequency, 1));
        }

        float norm(int[] terms, float[] tf) {
            double sum = 0;
            for (int i = 0; i < terms.length; i++) {
                double w = tf[i] * idf(terms[i]);
                sum += w * w;
            }
            return (float) Math.sqrt(sum);
        }
    }

    private final ChineseTerms analyser;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Integer> dictionary = new HashMap<>();
    private final Map<Long, Integer> byId = new HashMap<>();
    private final List<Doc> docs = new ArrayList<>();
    private final Field title = new Field();
    private final Field body = new Field();
    private int removed;

    public SimilarityIndex(ChineseTerms analyser) {
        this.analyser = analyser;
    }

    /** A whole index at once: texts analysed in parallel, weights computed once all frequencies are known. */
    public static SimilarityIndex build(ChineseTerms analyser, Collection<Document> documents) {
        SimilarityIndex index = new SimilarityIndex(analyser);
        List<Analysed> analysed = documents.parallelStream()
                .filter(d -> d.status().isCandidateForSimilarity())
                .map(index::analyse)
                .toList();
        analysed.forEach(a -> index.insert(a, false));
        index.docs.forEach(doc -> {
            doc.titleNorm = index.title.norm(doc.titleTerms, doc.titleTf);
            doc.bodyNorm = index.body.norm(doc.bodyTerms, doc.bodyTf);
        });
        return index;
    }

    /** Adds, updates or removes a topic as its status now asks; its text never changes once submitted. */
    public void put(Document document) {
        Analysed analysed = byIdContains(document.id()) ? null : analyse(document);
        lock.writeLock().lock();
        try {
            Integer existing = byId.get(document.id());
            if (existing != null) {
                Doc doc = docs.get(existing);
                if (document.status().isCandidateForSimilarity()) {
                    doc.status = document.status();
                    doc.held = document.held();
                } else {
                    remove(existing, doc);
                }
            } else if (document.status().isCandidateForSimilarity()) {
                insert(analysed == null ? analyse(document) : analysed, true);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * The topics most like a title (and description, when there is one), best first.
     *
     * @param excludeId a topic not to return (the topic itself), or -1
     * @param includeHeld whether topics held by the sensitive-word check may be returned (staff only)
     */
    public List<Hit> similar(String titleText, String descriptionText, long excludeId, boolean includeHeld, int limit,
            double minScore) {
        Bag titleBag = bag(analyser.words(titleText), analyser.bigrams(titleText));
        boolean withDescription = !descriptionText.isBlank();
        Bag bodyBag = withDescription ? merge(titleBag, bag(analyser.words(descriptionText), List.of())) : titleBag;
        double titleShare = withDescription ? 0.5 : 0.75;
        lock.readLock().lock();
        try {
            int n = docs.size();
            float[] titleDots = new float[n];
            float[] bodyDots = new float[n];
            float titleQueryNorm = accumulate(title, titleBag, titleDots);
            float bodyQueryNorm = accumulate(body, bodyBag, bodyDots);
            if (titleQueryNorm == 0 || bodyQueryNorm == 0) {
                return List.of();
            }
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (titleDots[i] == 0 && bodyDots[i] == 0) {
                    continue;
                }
                Doc doc = docs.get(i);
                if (!doc.live || doc.id == excludeId || (doc.held && !includeHeld)) {
                    continue;
                }
                double cosTitle = doc.titleNorm == 0 ? 0 : titleDots[i] / (titleQueryNorm * doc.titleNorm);
                double cosBody = doc.bodyNorm == 0 ? 0 : bodyDots[i] / (bodyQueryNorm * doc.bodyNorm);
                double score = Math.min(1.0, titleShare * cosTitle + (1 - titleShare) * cosBody);
                if (score >= minScore) {
                    hits.add(new Hit(doc.id, doc.title, doc.status, doc.held, Math.round(score * 1000) / 1000.0));
                }
            }
            return hits.stream().sorted(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::id))
                    .limit(limit).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return byId.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Share of list entries left by removed topics; a rebuild clears them. */
    public double wasted() {
        lock.readLock().lock();
        try {
            return docs.isEmpty() ? 0 : (double) removed / docs.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Adds the query's dot products with every document to {@code dots}; returns the query's norm. */
    private float accumulate(Field field, Bag query, float[] dots) {
        double norm = 0;
        for (int i = 0; i < query.terms().length; i++) {
            Integer term = dictionary.get(query.terms()[i]);
            float idf = field.idf(term == null ? -1 : term);
            float weight = query.weights()[i] * idf;
            norm += weight * weight;
            if (term == null || term >= field.docs.length || field.docs[term] == null) {
                continue;
            }
            int[] list = field.docs[term];
            float[] tfs = field.tfs[term];
            float factor = weight * idf;
            for (int p = 0, size = field.sizes[term]; p < size; p++) {
                dots[list[p]] += factor * tfs[p];
            }
        }
        return (float) Math.sqrt(norm);
    }

    private boolean byIdContains(long id) {
        lock.readLock().lock();
        try {
            return byId.containsKey(id);
        } finally {
            lock.readLock().unlock();
        }
    }

    private Analysed analyse(Document document) {
        Bag titleBag = bag(analyser.words(document.title()), analyser.bigrams(document.title()));
        Bag bodyBag = merge(titleBag, bag(analyser.words(document.description()), List.of()));
        return new Analysed(document, titleBag, bodyBag);
    }

    private void insert(Analysed analysed, boolean weighNow) {
        Document document = analysed.document();
        int[] titleTerms = ids(analysed.title());
        int[] bodyTerms = ids(analysed.body());
        Doc doc = new Doc(document.id(), document.title(), document.status(), document.held(), titleTerms,
                analysed.title().weights(), bodyTerms, analysed.body().weights());
        int index = docs.size();
        docs.add(doc);
        byId.put(document.id(), index);
        title.add(index, titleTerms, doc.titleTf);
        body.add(index, bodyTerms, doc.bodyTf);
        if (weighNow) {
            // Later additions are weighed with today's frequencies; the periodic rebuild evens them out.
            doc.titleNorm = title.norm(titleTerms, doc.titleTf);
            doc.bodyNorm = body.norm(bodyTerms, doc.bodyTf);
        }
    }

    private void remove(int index, Doc doc) {
        doc.live = false;
        byId.remove(doc.id);
        title.remove(doc.titleTerms);
        body.remove(doc.bodyTerms);
        removed++;
    }

    private int[] ids(Bag bag) {
        int[] ids = new int[bag.terms().length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = dictionary.computeIfAbsent(bag.terms()[i], t -> dictionary.size());
        }
        return ids;
    }

    /** Counts the terms; a word that is also a bigram counts twice, which favours real words. */
    private static Bag bag(List<String> words, List<String> bigrams) {
        Map<String, Integer> counts = new HashMap<>();
        words.forEach(w -> counts.merge(w, 1, Integer::sum));
        bigrams.forEach(b -> counts.merge(b, 1, Integer::sum));
        String[] terms = new String[counts.size()];
        float[] weights = new float[counts.size()];
        int i = 0;
        for (var entry : counts.entrySet()) {
            terms[i] = entry.getKey();
            weights[i] = (float) (1 + Math.log(entry.getValue()));
            i++;
        }
        return new Bag(terms, weights);
    }

    private static Bag merge(Bag a, Bag b) {
        Map<String, Float> sum = new HashMap<>();
        for (int i = 0; i < a.terms().length; i++) {
            sum.merge(a.terms()[i], a.weights()[i], Float::sum);
        }
        for (int i = 0; i < b.terms().length; i++) {
            sum.merge(b.terms()[i], b.weights()[i], Float::sum);
        }
        String[] terms = sum.keySet().toArray(String[]::new);
        float[] weights = new float[terms.length];
        for (int i = 0; i < terms.length; i++) {
            weights[i] = sum.get(terms[i]);
        }
        return new Bag(terms, weights);
    }
}
