package org.gongshang.similarity.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

import org.gongshang.similarity.ChineseTerms;
import org.gongshang.similarity.SimilarText;
import org.gongshang.similarity.TextAttributes;
import org.gongshang.similarity.TextFilter;
import org.jspecify.annotations.Nullable;

/**
 * One corpus in memory: each text's attributes, its int8 embedding with a {@link Signatures signature},
 * and the words index. A lookup first ranks every accepted text by the Hamming distance of signatures,
 * then computes the cosine of the best {@code candidates} exactly and adds the words score as a tie-breaker. Texts
 * still without embedding are found by words alone. Plain Java; reads run concurrently.
 */
public final class CorpusIndex {

    /** Settings of a lookup that come from configuration. */
    public record Scoring(double wordsWeight, double wordsMinScore, int candidates) {
    }

    private record Entry(long id, String title, TextAttributes attributes, @Nullable Int8Vector vector, long writtenBy) {
    }

    /** Marks a local write: no transaction id is this, so the row read later always replaces it. */
    private static final long UNREAD = -1;
    private static final String LOCAL = "local";

    private final LexicalIndex words;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Long, Integer> slots = new HashMap<>();
    private final List<@Nullable Entry> entries = new ArrayList<>();
    private final Signatures signatures = new Signatures();
    private int withVector;
    private int removed;

    public CorpusIndex(ChineseTerms analyser) {
        this.words = new LexicalIndex(analyser);
    }

    /**
     * Applies this node's own write right after its commit, before the table is read again: the
     * embedding is kept when the text is unchanged, and the row as read later replaces this.
     */
    public void applyLocal(String corpus, long id, String title, String body, TextAttributes attributes, boolean removed) {
        Int8Vector vector = !removed && words.contains(id, title, body) ? entry(id).map(Entry::vector).orElse(null) : null;
        apply(new StoredText(corpus, id, title, body, attributes, removed, vector, LOCAL, UNREAD), LOCAL);
    }

    /** Applies a row: added, changed, embedded or removed. Rows already applied are skipped. */
    public void apply(StoredText row, String currentModel) {
        Int8Vector vector = currentModel.equals(row.model()) ? row.vector() : null;
        if (!row.removed() && !words.contains(row.id(), row.title(), row.body())) {
            words.put(new LexicalIndex.Document(row.id(), row.title(), row.body()));
        }
        lock.writeLock().lock();
        try {
            Integer slot = slots.get(row.id());
            Entry old = slot == null ? null : entries.get(slot);
            if (old != null && old.writtenBy() == row.writtenBy()) {
                return;
            }
            if (row.removed()) {
                if (old != null) {
                    entries.set(slot, null);
                    slots.remove(row.id());
                    withVector -= old.vector() == null ? 0 : 1;
                    removed++;
                }
            } else {
                if (slot == null) {
                    slot = entries.size();
                    entries.add(null);
                    slots.put(row.id(), slot);
                    signatures.ensure(entries.size());
                }
                withVector += (vector == null ? 0 : 1) - (old == null || old.vector() == null ? 0 : 1);
                entries.set(slot, new Entry(row.id(), row.title(), row.attributes(), vector, row.writtenBy()));
                if (vector != null) {
                    signatures.sign(slot, vector);
                }
                signatures.recentreIfGrown(withVector, entries.size(), this::vectorAt);
            }
        } finally {
            lock.writeLock().unlock();
        }
        if (row.removed()) {
            words.remove(row.id());
        }
    }

    /** As below, for texts that all have their embedding (or words only). */
    public List<SimilarText> find(String title, String body, float @Nullable [] vector, TextFilter filter, int limit,
            double minScore, Scoring scoring) {
        return find(title, body, vector, filter, limit, minScore, scoring, texts -> null);
    }

    /**
     * The texts most like a query, best first; {@code vector} null means words only. {@code embed}
     * embeds the titles of texts whose embedding is not stored yet, when words find them.
     */
    public List<SimilarText> find(String title, String body, float @Nullable [] vector, TextFilter filter, int limit,
            double minScore, Scoring scoring, Function<List<String>, float[][]> embed) {
        LexicalIndex.Query query = words.query(title, body);
        List<SimilarText> found = new ArrayList<>();
        boolean pending;
        lock.readLock().lock();
        try {
            if (vector != null) {
                for (int slot : candidates(vector, filter, scoring.candidates())) {
                    Entry entry = entries.get(slot);
                    double meaning = entry.vector().dot(vector);
                    if (meaning + scoring.wordsWeight() < minScore) {
                        continue; // cannot reach the threshold whatever its words
                    }
                    double wordsScore = words.score(query, entry.id());
                    double score = meaning + scoring.wordsWeight() * wordsScore;
                    if (score >= minScore) {
                        found.add(new SimilarText(entry.id(), entry.title(), round(score), round(meaning), round(wordsScore),
                                entry.attributes()));
                    }
                }
            }
            pending = vector == null || withVector < slots.size();
        } finally {
            lock.readLock().unlock();
        }
        if (pending) {
            List<LexicalIndex.Hit> hits = words.similar(query, id -> acceptsWithoutMeaning(id, filter, vector == null), limit,
                    scoring.wordsMinScore());
            List<Entry> waiting = hits.stream().flatMap(hit -> entry(hit.id()).stream()).toList();
            // Texts written a moment ago: their titles are embedded now, so that they rank with the others.
            float[][] meanings = vector == null || waiting.isEmpty() ? null : embed.apply(waiting.stream().map(Entry::title).toList());
            for (int i = 0; i < waiting.size(); i++) {
                Entry entry = waiting.get(i);
                double wordsScore = hits.get(i).score();
                if (meanings == null) {
                    found.add(new SimilarText(entry.id(), entry.title(), round(wordsScore), null, round(wordsScore),
                            entry.attributes()));
                } else {
                    double meaning = dot(vector, meanings[i]);
                    double score = meaning + scoring.wordsWeight() * wordsScore;
                    if (score >= minScore) {
                        found.add(new SimilarText(entry.id(), entry.title(), round(score), round(meaning), round(wordsScore),
                                entry.attributes()));
                    }
                }
            }
        }
        return found.stream().sorted(Comparator.comparingDouble(SimilarText::score).reversed().thenComparingLong(SimilarText::id))
                .limit(limit).toList();
    }

    /** Whether the index holds a text as given (same words and attributes). */
    public boolean holds(long id, String title, String body, TextAttributes attributes) {
        return entry(id).filter(e -> e.attributes().equals(attributes)).isPresent() && words.contains(id, title, body);
    }

    /** A text's own vector, to look up its neighbours without embedding it again. */
    public float @Nullable [] vectorOf(long id) {
        return entry(id).map(Entry::vector).map(Int8Vector::floats).orElse(null);
    }

    public Optional<TextAttributes> attributesOf(long id) {
        return entry(id).map(Entry::attributes);
    }

    /** Ids of the texts a filter accepts. */
    public List<Long> ids(TextFilter filter) {
        lock.readLock().lock();
        try {
            return entries.stream().filter(e -> e != null && filter.accepts(e.id(), e.attributes())).map(Entry::id).toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return slots.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    public int embedded() {
        lock.readLock().lock();
        try {
            return withVector;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Share of slots and word lists left by removed texts; a reload clears them. */
    public double wasted() {
        lock.readLock().lock();
        try {
            return Math.max(entries.isEmpty() ? 0 : (double) removed / entries.size(), words.wasted());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Bytes of the vectors and signatures (not the words index), for the benchmark. */
    public long vectorBytes() {
        lock.readLock().lock();
        try {
            return (long) withVector * (512 + 16 + 4 + 24) + signatures.bytes();
        } finally {
            lock.readLock().unlock();
        }
    }

    private boolean acceptsWithoutMeaning(long id, TextFilter filter, boolean wordsOnly) {
        lock.readLock().lock();
        try {
            Integer slot = slots.get(id);
            Entry entry = slot == null ? null : entries.get(slot);
            return entry != null && (wordsOnly || entry.vector() == null) && filter.accepts(id, entry.attributes());
        } finally {
            lock.readLock().unlock();
        }
    }

    private Optional<Entry> entry(long id) {
        lock.readLock().lock();
        try {
            Integer slot = slots.get(id);
            return Optional.ofNullable(slot == null ? null : entries.get(slot));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Slots of the accepted texts whose signatures are nearest to the query's (all of them when few). */
    private int[] candidates(float[] vector, TextFilter filter, int wanted) {
        long[] query = signatures.of(vector);
        int n = entries.size();
        int[] distances = new int[n];
        int[] histogram = new int[513];
        int accepted = 0;
        for (int slot = 0; slot < n; slot++) {
            Entry entry = entries.get(slot);
            if (entry == null || entry.vector() == null || !filter.accepts(entry.id(), entry.attributes())) {
                distances[slot] = -1;
                continue;
            }
            int distance = signatures.distance(slot, query);
            distances[slot] = distance;
            histogram[distance]++;
            accepted++;
        }
        int cutoff = 512;
        for (int d = 0, sum = 0; d <= 512; d++) {
            sum += histogram[d];
            if (sum >= Math.min(wanted, accepted)) {
                cutoff = d;
                break;
            }
        }
        int[] slotsFound = new int[Math.min(accepted, n)];
        int count = 0;
        for (int slot = 0; slot < n; slot++) {
            if (distances[slot] >= 0 && distances[slot] <= cutoff) {
                slotsFound[count++] = slot;
            }
        }
        return Arrays.copyOf(slotsFound, count);
    }

    private @Nullable Int8Vector vectorAt(int slot) {
        Entry entry = entries.get(slot);
        return entry == null ? null : entry.vector();
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
