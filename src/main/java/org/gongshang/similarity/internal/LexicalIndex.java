package org.gongshang.similarity.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.function.LongPredicate;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.gongshang.similarity.ChineseTerms;

/**
 * The words part of similarity: TF-IDF cosine over {@link ChineseTerms} (smartcn words plus Han
 * bigrams), in two fields — the title alone, and title with body — searched through inverted lists,
 * so a lookup touches only texts that share a term with the query. It finds texts whose embedding is
 * not there yet, and scores the candidates that meaning found. Plain Java, no Spring. Reads run
 * concurrently; changes take a short write lock.
 */
public final class LexicalIndex {

    /** What the index needs of a text. */
    public record Document(long id, String title, String body) {
    }

    /** A text found, with its score from 0 to 1. */
    public record Hit(long id, double score) {
    }

    /** A query's analysed terms, reusable for several texts. */
    public record Query(Bag title, Bag body, double titleShare) {
    }

    /** A topic's analysed terms, ready to be added. */
    private record Analysed(Document document, Bag title, Bag body) {
    }

    private static final class Doc {
        final long id;
        final int textHash;
        boolean live = true;
        final int[] titleTerms;
        final float[] titleTf;
        final int[] bodyTerms;
        final float[] bodyTf;
        float titleNorm;
        float bodyNorm;

        Doc(long id, int textHash, int[] titleTerms, float[] titleTf, int[] bodyTerms, float[] bodyTf) {
            this.id = id;
            this.textHash = textHash;
            this.titleTerms = titleTerms;
            this.titleTf = titleTf;
            this.bodyTerms = bodyTerms;
            this.bodyTf = bodyTf;
        }
    }

    private static final int REWEIGH_ALWAYS = 500;

    private final ChineseTerms analyser;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, Integer> dictionary = new HashMap<>();
    private final Map<Long, Integer> byId = new HashMap<>();
    private final List<Doc> docs = new ArrayList<>();
    private final InvertedField title = new InvertedField();
    private final InvertedField body = new InvertedField();
    private int removed;
    private int weighedAt;

    public LexicalIndex(ChineseTerms analyser) {
        this.analyser = analyser;
    }

    /** A whole index at once: texts analysed in parallel, weights computed once all frequencies are known. */
    public static LexicalIndex build(ChineseTerms analyser, Collection<Document> documents) {
        LexicalIndex index = new LexicalIndex(analyser);
        List<Analysed> analysed = documents.parallelStream()
                .map(index::analyse)
                .toList();
        analysed.forEach(a -> index.insert(a, false));
        index.reweigh();
        return index;
    }

    /** Adds a text, or replaces it when its words changed. */
    public void put(Document document) {
        Analysed analysed = analyse(document);
        lock.writeLock().lock();
        try {
            Integer existing = byId.get(document.id());
            if (existing != null) {
                Doc doc = docs.get(existing);
                if (doc.textHash == hash(document.title(), document.body())) {
                    return;
                }
                remove(existing, doc);
            }
            insert(analysed, true);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void remove(long id) {
        lock.writeLock().lock();
        try {
            Integer existing = byId.get(id);
            if (existing != null) {
                remove(existing, docs.get(existing));
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    public boolean contains(long id, String title, String body) {
        lock.readLock().lock();
        try {
            Integer existing = byId.get(id);
            return existing != null && docs.get(existing).textHash == hash(title, body);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Analyses a title (and body, when there is one) once, for {@link #similar} and {@link #score}. */
    public Query query(String titleText, String bodyText) {
        Bag titleBag = Bag.of(analyser.words(titleText), analyser.bigrams(titleText));
        boolean withBody = !bodyText.isBlank();
        Bag bodyBag = withBody ? Bag.merge(titleBag, Bag.of(analyser.words(bodyText), List.of())) : titleBag;
        return new Query(titleBag, bodyBag, withBody ? 0.5 : 0.75);
    }

    /** The words score of one text, 0 when it is not in the index. */
    public double score(Query query, long id) {
        lock.readLock().lock();
        try {
            Integer index = byId.get(id);
            if (index == null) {
                return 0;
            }
            Doc doc = docs.get(index);
            double cosTitle = cosine(title, query.title(), doc.titleTerms, doc.titleTf, doc.titleNorm);
            double cosBody = cosine(body, query.body(), doc.bodyTerms, doc.bodyTf, doc.bodyNorm);
            return Math.min(1.0, query.titleShare() * cosTitle + (1 - query.titleShare()) * cosBody);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The texts most like a query that {@code accept} lets through, best first. */
    public List<Hit> similar(Query query, LongPredicate accept, int limit, double minScore) {
        Bag titleBag = query.title();
        Bag bodyBag = query.body();
        double titleShare = query.titleShare();
        lock.readLock().lock();
        try {
            int n = docs.size();
            float[] titleDots = new float[n];
            float[] bodyDots = new float[n];
            float titleQueryNorm = title.accumulate(titleBag, dictionary, titleDots);
            float bodyQueryNorm = body.accumulate(bodyBag, dictionary, bodyDots);
            if (titleQueryNorm == 0 || bodyQueryNorm == 0) {
                return List.of();
            }
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (titleDots[i] == 0 && bodyDots[i] == 0) {
                    continue;
                }
                Doc doc = docs.get(i);
                if (!doc.live || !accept.test(doc.id)) {
                    continue;
                }
                double cosTitle = doc.titleNorm == 0 ? 0 : titleDots[i] / (titleQueryNorm * doc.titleNorm);
                double cosBody = doc.bodyNorm == 0 ? 0 : bodyDots[i] / (bodyQueryNorm * doc.bodyNorm);
                double score = Math.min(1.0, titleShare * cosTitle + (1 - titleShare) * cosBody);
                if (score >= minScore) {
                    hits.add(new Hit(doc.id, score));
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

    /** The cosine of a query's bag with one text's terms in a field (weights of today's frequencies). */
    private float cosine(InvertedField field, Bag query, int[] terms, float[] tf, float norm) {
        if (norm == 0) {
            return 0;
        }
        double dot = 0;
        double queryNorm = 0;
        for (int i = 0; i < query.terms().length; i++) {
            Integer term = dictionary.get(query.terms()[i]);
            float idf = field.idf(term == null ? -1 : term);
            float weight = query.weights()[i] * idf;
            queryNorm += weight * weight;
            for (int j = 0; term != null && j < terms.length; j++) {
                if (terms[j] == term) {
                    dot += weight * idf * tf[j];
                    break;
                }
            }
        }
        return queryNorm == 0 ? 0 : (float) (dot / (Math.sqrt(queryNorm) * norm));
    }

    private Analysed analyse(Document document) {
        Bag titleBag = Bag.of(analyser.words(document.title()), analyser.bigrams(document.title()));
        Bag bodyBag = Bag.merge(titleBag, Bag.of(analyser.words(document.body()), List.of()));
        return new Analysed(document, titleBag, bodyBag);
    }

    private void insert(Analysed analysed, boolean weighNow) {
        Document document = analysed.document();
        int[] titleTerms = ids(analysed.title());
        int[] bodyTerms = ids(analysed.body());
        Doc doc = new Doc(document.id(), hash(document.title(), document.body()), titleTerms, analysed.title().weights(), bodyTerms,
                analysed.body().weights());
        int index = docs.size();
        docs.add(doc);
        byId.put(document.id(), index);
        title.add(index, titleTerms, doc.titleTf);
        body.add(index, bodyTerms, doc.bodyTf);
        if (weighNow) {
            // An addition is weighed with today's frequencies; all are weighed again while the index is
            // small (frequencies move fast) and each time it has grown by a quarter.
            doc.titleNorm = title.norm(titleTerms, doc.titleTf);
            doc.bodyNorm = body.norm(bodyTerms, doc.bodyTf);
            if (title.live <= REWEIGH_ALWAYS || title.live >= weighedAt * 5 / 4) {
                reweigh();
            }
        }
    }

    private void reweigh() {
        for (Doc doc : docs) {
            if (doc.live) {
                doc.titleNorm = title.norm(doc.titleTerms, doc.titleTf);
                doc.bodyNorm = body.norm(doc.bodyTerms, doc.bodyTf);
            }
        }
        weighedAt = title.live;
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

    /** Texts are not kept (a description may be long): a hash tells whether they changed. */
    private static int hash(String title, String body) {
        return 31 * title.hashCode() + body.hashCode();
    }
}
