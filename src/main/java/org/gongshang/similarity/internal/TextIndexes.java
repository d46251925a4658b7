package org.gongshang.similarity.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.gongshang.similarity.ChineseTerms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This node's in-memory indexes, one per corpus, following {@code similar_text}: each call of
 * {@link #follow()} applies the rows written since the oldest transaction that was still running at
 * the previous call (rows applied twice are recognised by their transaction id and skipped). The first
 * call reads the whole table. Plain Java, so that a test can run two nodes over one database.
 */
public class TextIndexes {

    private static final Logger log = LoggerFactory.getLogger(TextIndexes.class);

    private final TextStore store;
    private final String model;
    private final Map<String, CorpusIndex> corpora = new ConcurrentHashMap<>();
    private volatile long horizon;
    private volatile boolean followed;

    public TextIndexes(TextStore store, String model) {
        this.store = store;
        this.model = model;
    }

    public synchronized void follow() {
        long started = System.nanoTime();
        long next = store.horizon();
        int[] applied = new int[1];
        store.writtenSince(horizon, row -> {
            corpus(row.corpus()).apply(row, model);
            applied[0]++;
        });
        horizon = next;
        if (!followed) {
            followed = true;
            log.info("Similar-text indexes loaded: {} rows in {} ms", applied[0], (System.nanoTime() - started) / 1_000_000);
        }
        corpora.forEach((name, index) -> {
            if (index.wasted() > 0.25) {
                reload(name);
            }
        });
    }

    /** Follows once if this node has not yet, so that the first lookup after start-up finds everything. */
    public void followOnce() {
        if (!followed) {
            follow();
        }
    }

    public CorpusIndex corpus(String name) {
        return corpora.computeIfAbsent(name, n -> new CorpusIndex(ChineseTerms.instance()));
    }

    public String model() {
        return model;
    }

    /** Builds a corpus's index afresh (removed texts leave slots and word lists behind). */
    private void reload(String name) {
        CorpusIndex fresh = new CorpusIndex(ChineseTerms.instance());
        store.all(name, row -> fresh.apply(row, model));
        corpora.put(name, fresh);
    }
}
