package org.gongshang.bench.topic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.gongshang.deliberation.internal.StatementSimilarity;
import org.gongshang.similarity.ChineseTerms;
import org.gongshang.similarity.LabelledSet;
import org.gongshang.similarity.SimilarText;
import org.gongshang.similarity.SimilarityEvaluation;
import org.gongshang.similarity.TextAttributes;
import org.gongshang.similarity.TextFilter;
import org.gongshang.similarity.internal.CorpusIndex;
import org.gongshang.similarity.internal.EmbeddedText;
import org.gongshang.similarity.internal.Int8Vector;
import org.gongshang.similarity.internal.SentenceEncoder;
import org.gongshang.similarity.internal.StoredText;

/**
 * Similar topics, measured: first the hand-written labelled set (recall@1, recall@3 and false
 * suggestions for today's TF-IDF, embeddings alone and the shipped combination, with a threshold
 * sweep), then 100,000 synthetic Chinese topics: import embedding throughput, index memory, and the
 * latency of a lookup as a resident types a title, embedding included (p50 / p95). Run with
 * bench/topic-similarity/run.sh; not a test, so no timed assertion anywhere.
 */
public final class TopicSimilarityBenchmark {

    static final int MAX_CHARS = 128;
    static final double WORDS_WEIGHT = 0.05;
    static final double MIN_SCORE = 0.70;

    static final String[] PLACES = {"凤凰山社区", "滨河社区", "西外社区", "仙鹤路社区", "磐石社区", "石梯村", "龙会社区", "金龙社区",
            "翠屏社区", "碑庙社区", "河市社区", "大坝村", "朝阳路", "南外片区", "莲花湖", "州河沿岸", "火车站周边", "老城区", "新城区", "高新区"};
    static final String[] SUBJECTS = {"老旧小区加装电梯", "停车位", "菜市场环境卫生", "养老服务站", "学校门口交通", "公共厕所", "路灯", "垃圾分类",
            "物业服务", "雨污管网", "绿化带", "广场舞噪音", "夜市油烟", "公交站台", "农村公路护栏", "幼儿园学位", "社区医院", "充电桩",
            "消防通道", "外卖电动车", "流浪犬", "河道污染", "防汛排涝", "老年食堂", "快递驿站", "健身器材", "小区围墙", "违章建筑",
            "背街小巷", "自来水水压", "燃气管道", "二次供水", "屋顶漏水", "电梯维保", "社区图书室", "托育服务", "农贸市场", "路面坑洼"};
    static final String[] PROBLEMS = {"难", "不足", "问题突出", "亟待改善", "管理混乱", "存在安全隐患", "缺少资金", "协调困难", "群众反映强烈",
            "长期得不到解决", "设施老化", "布局不合理"};
    static final String[] OPENINGS = {"关于", "建议", "关于推进", "关于解决", "希望", "呼吁", ""};
    static final String[] CLOSINGS = {"的建议", "的问题", "", "的意见", "的提议"};
    static final String[] SENTENCES = {"居民多次向社区反映，但一直没有得到解决。", "老人和孩子出行很不方便，存在安全隐患。",
            "建议有关部门统筹规划，加大资金投入。", "希望政协组织协商，听取各方意见。", "周边住户意见很大，影响日常生活。",
            "建议明确管理责任，建立长效机制。", "可以借鉴其他城市的做法，分步实施。", "涉及的住户较多，需要协调各方利益。",
            "夏天问题更加严重，晚上尤其明显。", "建议引入社会资本参与建设和运营。"};

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int sample = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        int threads = Runtime.getRuntime().availableProcessors();
        System.out.printf("Topic similarity benchmark (%s, %d cores, model %s)%n", System.getProperty("java.version"), threads,
                SentenceEncoder.currentModelId());
        long loadStarted = System.nanoTime();
        SentenceEncoder encoder = SentenceEncoder.load(threads, 512);
        System.out.printf("model load:       %.1f s%n", (System.nanoTime() - loadStarted) / 1e9);

        quality(encoder);
        statements(encoder);

        Random random = new Random(20260301);
        List<String[]> texts = new ArrayList<>();
        for (int i = 0; i < sample; i++) {
            texts.add(new String[] {title(random), description(random)});
        }
        encoder.embed(List.of("预热", "预热模型"));
        float[][] vectors = new float[sample][];
        long started = System.nanoTime();
        for (int from = 0; from < sample; from += 32) {
            List<String> batch = new ArrayList<>();
            for (int i = from; i < Math.min(sample, from + 32); i++) {
                batch.add(EmbeddedText.of(texts.get(i)[0], texts.get(i)[1], 8, MAX_CHARS));
            }
            float[][] embedded = encoder.embed(batch);
            System.arraycopy(embedded, 0, vectors, from, embedded.length);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("import embedding: %,d topics in batches of 32 in %.1f s = %.0f topics/s%n", sample, seconds, sample / seconds);

        gc();
        long heapBefore = usedHeap();
        started = System.nanoTime();
        CorpusIndex index = new CorpusIndex(ChineseTerms.instance());
        for (int i = 0; i < count; i++) {
            // The sample's vectors, each moved a little: as many distinct vectors as topics, in realistic clusters.
            int base = i % sample;
            float[] vector = i < sample ? vectors[base] : jitter(vectors[base], random);
            index.apply(new StoredText("topic", i + 1, texts.get(base)[0], texts.get(base)[1], new TextAttributes("511702",
                    "SUBMITTED", false, null, Instant.EPOCH), false, Int8Vector.of(vector), "model", i + 1), "model");
        }
        double buildSeconds = (System.nanoTime() - started) / 1e9;
        gc();
        long heapAfter = usedHeap();
        System.out.printf("topics indexed:   %,d in %.1f s%n", index.size(), buildSeconds);
        System.out.printf("index heap:       %,d MB in all; vectors and signatures %,d MB%n", (heapAfter - heapBefore) / (1024 * 1024),
                index.vectorBytes() / (1024 * 1024));

        CorpusIndex.Scoring scoring = new CorpusIndex.Scoring(WORDS_WEIGHT, 0.25, 256);
        for (int i = 0; i < 200; i++) { // warm-up of the JIT
            String typed = title(random);
            index.find(typed, "", encoder.embed(typed), TextFilter.any(), 5, MIN_SCORE, scoring);
        }
        long[] nanos = new long[queries];
        long[] embedNanos = new long[queries];
        int found = 0;
        int agree = 0;
        for (int i = 0; i < queries; i++) {
            String typed = title(random);
            long t0 = System.nanoTime();
            float[] vector = encoder.embed(typed);
            long t1 = System.nanoTime();
            List<SimilarText> hits = index.find(typed, "", vector, TextFilter.any(), 5, MIN_SCORE, scoring);
            nanos[i] = System.nanoTime() - t0;
            embedNanos[i] = t1 - t0;
            found += hits.isEmpty() ? 0 : 1;
            if (i < 100) {
                hits = index.find(typed, "", vector, TextFilter.any(), 5, -1, scoring);
                List<SimilarText> exact = index.find(typed, "", vector, TextFilter.any(), 5, -1,
                        new CorpusIndex.Scoring(WORDS_WEIGHT, 0.25, count));
                agree += hits.isEmpty() || exact.isEmpty() || hits.getFirst().id() == exact.getFirst().id() ? 1 : 0;
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(embedNanos);
        System.out.printf("lookups:          %,d (%d%% found a topic at %.2f or more)%n", queries, found * 100 / queries, MIN_SCORE);
        System.out.printf("first pass:       the best of %d candidates is the exact best in %d of %d lookups%n", 256,
                agree, Math.min(100, queries));
        System.out.printf("embedding alone:  p50 %.2f ms, p95 %.2f ms%n", embedNanos[queries / 2] / 1e6,
                embedNanos[(int) (queries * 0.95)] / 1e6);
        System.out.printf("lookup p50:       %.2f ms (embedding included)%n", nanos[queries / 2] / 1e6);
        System.out.printf("lookup p95:       %.2f ms%n", nanos[(int) (queries * 0.95)] / 1e6);
        System.out.printf("lookup max:       %.2f ms%n", nanos[queries - 1] / 1e6);
        encoder.close();
    }

    static void quality(SentenceEncoder encoder) {
        long started = System.nanoTime();
        LabelledSet set = LabelledSet.load();
        SimilarityEvaluation evaluation = new SimilarityEvaluation(set, encoder, MAX_CHARS);
        System.out.printf("labelled set:     %d pairs (%d targets), %d distractors, embedded in %.1f s%n", set.pairs().size(),
                set.targets().size(), set.distractors().size(), (System.nanoTime() - started) / 1e9);
        System.out.println(evaluation.evaluate("TF-IDF (before)", false, 0, 0.25).line());
        System.out.println(evaluation.evaluate("embeddings alone", true, 0, MIN_SCORE).line());
        System.out.println(evaluation.evaluate("combination (shipped)", true, WORDS_WEIGHT, MIN_SCORE).line());
        System.out.println("threshold sweep:");
        for (double threshold : new double[] {0.10, 0.15, 0.20}) {
            System.out.println(evaluation.evaluate("TF-IDF", false, 0, threshold).line());
        }
        for (double threshold = 0.60; threshold < 0.83; threshold += 0.02) {
            System.out.println(evaluation.evaluate("embeddings alone", true, 0, threshold).line());
        }
        for (double threshold = 0.60; threshold < 0.83; threshold += 0.02) {
            System.out.println(evaluation.evaluate("combination", true, WORDS_WEIGHT, threshold).line());
        }
    }

    /** Deliberation statements: what bigrams alone point out, and bigrams or meaning at a few thresholds. */
    static void statements(SentenceEncoder encoder) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (var in = TopicSimilarityBenchmark.class.getResourceAsStream("/similarity/statements.psv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("kind|")) {
                    rows.add(line.split("\\|"));
                }
            }
        }
        double[] meaning = new double[rows.size()];
        double[] bigrams = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            float[] a = encoder.embed(rows.get(i)[1]);
            float[] b = encoder.embed(rows.get(i)[2]);
            double dot = 0;
            for (int k = 0; k < a.length; k++) {
                dot += a[k] * b[k];
            }
            meaning[i] = dot;
            bigrams[i] = StatementSimilarity.of(rows.get(i)[1], rows.get(i)[2]);
        }
        System.out.printf("statements:       %d pairs (same point / another point), pointed out as near-duplicates:%n", rows.size());
        for (double threshold : new double[] {2.0, 0.80, 0.85, 0.90}) {
            int same = 0;
            int sameFlagged = 0;
            int otherFlagged = 0;
            for (int i = 0; i < rows.size(); i++) {
                boolean flagged = bigrams[i] >= 0.5 || meaning[i] >= threshold;
                if (rows.get(i)[0].equals("SAME")) {
                    same++;
                    sameFlagged += flagged ? 1 : 0;
                } else {
                    otherFlagged += flagged ? 1 : 0;
                }
            }
            System.out.printf("  %-28s same point %2d of %d, another point %2d of %d%n",
                    threshold > 1 ? "bigrams >= 0.5 alone" : String.format("bigrams or meaning >= %.2f", threshold), sameFlagged,
                    same, otherFlagged, rows.size() - same);
        }
    }

    static float[] jitter(float[] vector, Random random) {
        float[] moved = new float[vector.length];
        double sum = 0;
        for (int i = 0; i < vector.length; i++) {
            moved[i] = (float) (vector[i] + random.nextGaussian() * 0.01);
            sum += moved[i] * moved[i];
        }
        float norm = (float) Math.sqrt(sum);
        for (int i = 0; i < moved.length; i++) {
            moved[i] /= norm;
        }
        return moved;
    }

    static String title(Random random) {
        return pick(random, OPENINGS) + pick(random, PLACES) + pick(random, SUBJECTS) + pick(random, PROBLEMS) + pick(random, CLOSINGS);
    }

    static String description(Random random) {
        StringBuilder text = new StringBuilder(pick(random, PLACES)).append("的").append(pick(random, SUBJECTS))
                .append(pick(random, PROBLEMS)).append("。");
        for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
            text.append(pick(random, SENTENCES));
        }
        return text.toString();
    }

    static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
