package org.gongshang.bench.topic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.gongshang.similarity.Leaders;
import org.gongshang.similarity.internal.EmbeddedText;
import org.gongshang.similarity.internal.SentenceEncoder;

/**
 * Common problems, measured: a full pass of leader grouping over 100,000 topics' stored embeddings,
 * and the placing of one new topic (nearest representative, with and without embedding it first).
 * The topics are the similar-topics benchmark's synthetic ones: a sample embedded by the shipped model,
 * each vector moved a little for the rest. Database writes are not included (the application writes the
 * pass's rows in one batch). Run with bench/common-problems/run.sh; not a test, so no timed assertion.
 */
public final class CommonProblemBenchmark {

    static final double MIN_SCORE = 0.70;

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int sample = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        int arrivals = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf("Common problems benchmark (%s, %d cores, model %s, min-score %.2f)%n", System.getProperty("java.version"),
                threads, SentenceEncoder.currentModelId(), MIN_SCORE);
        SentenceEncoder encoder = SentenceEncoder.load(threads, 512);
        Random random = new Random(20261208);
        List<String[]> texts = new ArrayList<>();
        for (int i = 0; i < sample; i++) {
            texts.add(new String[] {TopicSimilarityBenchmark.title(random), TopicSimilarityBenchmark.description(random)});
        }
        float[][] sampled = new float[sample][];
        long started = System.nanoTime();
        for (int from = 0; from < sample; from += 32) {
            List<String> batch = new ArrayList<>();
            for (int i = from; i < Math.min(sample, from + 32); i++) {
                batch.add(EmbeddedText.of(texts.get(i)[0], texts.get(i)[1], 8, TopicSimilarityBenchmark.MAX_CHARS));
            }
            float[][] embedded = encoder.embed(batch);
            System.arraycopy(embedded, 0, sampled, from, embedded.length);
        }
        System.out.printf("sample embedded:  %,d topics in %.1f s (the application does this once per topic, on writing it)%n",
                sample, (System.nanoTime() - started) / 1e9);
        float[][] vectors = new float[count][];
        for (int i = 0; i < count; i++) {
            vectors[i] = i < sample ? sampled[i] : TopicSimilarityBenchmark.jitter(sampled[i % sample], random);
        }

        for (int round = 1; round <= 2; round++) { // the second round runs on a warm JIT
            Leaders leaders = new Leaders(64);
            started = System.nanoTime();
            int joined = 0;
            for (int i = 0; i < count; i++) {
                int index = i;
                var nearest = leaders.nearest(vectors[i], MIN_SCORE);
                if (nearest.isPresent()) {
                    joined++;
                } else {
                    leaders.put(index, vectors[index]);
                }
            }
            System.out.printf("full pass %d:      %,d topics into %,d groups (%,d joined one) in %.1f s%n", round, count,
                    leaders.size(), joined, (System.nanoTime() - started) / 1e9);
            if (round == 2) {
                arrivals(encoder, leaders, random, arrivals);
            }
        }
        encoder.close();
    }

    /** New topics placed one by one among the groups of the full pass. */
    static void arrivals(SentenceEncoder encoder, Leaders leaders, Random random, int arrivals) {
        long[] placing = new long[arrivals];
        long[] withEmbedding = new long[arrivals];
        for (int i = 0; i < arrivals; i++) {
            String title = TopicSimilarityBenchmark.title(random);
            String description = TopicSimilarityBenchmark.description(random);
            long t0 = System.nanoTime();
            float[] vector = encoder.embed(EmbeddedText.of(title, description, 8, TopicSimilarityBenchmark.MAX_CHARS));
            long t1 = System.nanoTime();
            var nearest = leaders.nearest(vector, MIN_SCORE);
            if (nearest.isEmpty()) {
                leaders.put(-1 - i, vector);
            }
            long t2 = System.nanoTime();
            placing[i] = t2 - t1;
            withEmbedding[i] = t2 - t0;
        }
        Arrays.sort(placing);
        Arrays.sort(withEmbedding);
        System.out.printf("new topic placed: p50 %.2f ms, p95 %.2f ms, max %.2f ms (stored embedding: what the listener does)%n",
                placing[arrivals / 2] / 1e6, placing[(int) (arrivals * 0.95)] / 1e6, placing[arrivals - 1] / 1e6);
        System.out.printf("with embedding:   p50 %.2f ms, p95 %.2f ms (when the worker has not embedded it yet)%n",
                withEmbedding[arrivals / 2] / 1e6, withEmbedding[(int) (arrivals * 0.95)] / 1e6);
    }
}
