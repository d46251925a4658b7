package org.gongshang.similarity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.gongshang.similarity.SimilarityProperties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Embeds texts outside the requests that wrote them, on one background thread (the model itself uses
 * every core): it loads the model once, then takes batches of rows without an embedding of the current
 * model — locked with SKIP LOCKED, so that two nodes share the work — and stores their vectors. Rows
 * are the queue: what a crash interrupts is simply still pending at the next start.
 */
public class EmbeddingWorker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingWorker.class);

    private final TextStore store;
    private final TransactionTemplate transactions;
    private final SimilarityProperties properties;
    private final Runnable afterBatch;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "similarity-embedder");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean queued = new AtomicBoolean();
    private volatile @Nullable SentenceEncoder encoder;
    private volatile boolean failed;

    public EmbeddingWorker(TextStore store, TransactionTemplate transactions, SimilarityProperties properties,
            Runnable afterBatch) {
        this.store = store;
        this.transactions = transactions;
        this.properties = properties;
        this.afterBatch = afterBatch;
    }

    /** Asks for a pass over pending texts; returns at once. */
    public void wake() {
        if (properties.embeddings() && !failed && queued.compareAndSet(false, true)) {
            thread.execute(this::drain);
        }
    }

    /** The query's vector, or null while the model is not loaded (the words index serves meanwhile). */
    public float @Nullable [] embed(String text) {
        SentenceEncoder model = encoder;
        return model == null ? null : model.embed(text);
    }

    /** Vectors of a few texts, in the caller's thread; null while the model is not loaded. */
    public float @Nullable [][] embedAll(List<String> texts) {
        SentenceEncoder model = encoder;
        return model == null ? null : model.embed(texts);
    }

    public boolean ready() {
        return encoder != null;
    }

    private void drain() {
        queued.set(false);
        try {
            SentenceEncoder model = loaded();
            int done;
            do {
                done = transactions.execute(status -> embedBatch(model));
                if (done > 0) {
                    afterBatch.run();
                }
            } while (done > 0);
        } catch (RuntimeException e) {
            // The words index goes on serving; the next wake-up (every refresh) tries again.
            log.warn("Embedding similar texts failed", e);
        } catch (LinkageError e) {
            failed = true;
            log.error("The sentence-embedding model cannot run on this machine; similar texts use words only", e);
        }
    }

    private int embedBatch(SentenceEncoder model) {
        List<TextStore.Pending> batch = store.claimPending(properties.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        List<String> texts = new ArrayList<>(batch.size());
        batch.forEach(p -> texts.add(EmbeddedText.of(p.title(), p.body(), properties.minTitleChars(), properties.maxChars())));
        float[][] vectors = model.embed(texts);
        for (int i = 0; i < batch.size(); i++) {
            store.storeEmbedding(batch.get(i), model.modelId(), Int8Vector.of(vectors[i]));
        }
        return batch.size();
    }

    private SentenceEncoder loaded() {
        SentenceEncoder model = encoder;
        if (model == null) {
            long started = System.nanoTime();
            model = SentenceEncoder.load(properties.modelThreads(), 512);
            int forgotten = store.forgetOtherModels(model.modelId());
            encoder = model;
            log.info("Sentence-embedding model {} loaded in {} ms; {} vectors of another model to compute again",
                    model.modelId(), (System.nanoTime() - started) / 1_000_000, forgotten);
        }
        return model;
    }

    @Override
    public void close() {
        thread.shutdownNow();
        SentenceEncoder model = encoder;
        if (model != null) {
            encoder = null;
            model.close();
        }
    }
}
