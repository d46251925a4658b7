package org.gongshang.bench.topic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.gongshang.topic.TopicStatus;
import org.gongshang.topic.internal.ChineseTerms;
import org.gongshang.topic.internal.SimilarityIndex;

/**
 * Similar-topic lookup against 100,000 synthetic Chinese topics: index build time, heap, and the
 * latency of lookups as a resident types a title (p50 / p95). Run with bench/topic-similarity/run.sh;
 * not a test, so no timed assertion anywhere.
 */
public final class TopicSimilarityBenchmark {

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

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Random random = new Random(20260301);
        List<SimilarityIndex.Document> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            documents.add(new SimilarityIndex.Document(i + 1, title(random), description(random), TopicStatus.SUBMITTED, false));
        }
        ChineseTerms terms = ChineseTerms.instance();
        terms.words("预热分词词典"); // loads smartcn's dictionaries, which is not index building

        gc();
        long heapBefore = usedHeap();
        long started = System.nanoTime();
        SimilarityIndex index = SimilarityIndex.build(terms, documents);
        double buildSeconds = (System.nanoTime() - started) / 1e9;
        documents = null;
        gc();
        long heapAfter = usedHeap();

        for (int i = 0; i < 300; i++) { // warm-up of the JIT
            index.similar(title(random), "", -1, false, 5, 0.25);
        }
        long[] nanos = new long[queries];
        int found = 0;
        for (int i = 0; i < queries; i++) {
            String typed = title(random);
            long t0 = System.nanoTime();
            found += index.similar(typed, "", -1, false, 5, 0.25).isEmpty() ? 0 : 1;
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf("Topic similarity benchmark (%s, %d cores)%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("topics indexed:   %,d%n", index.size());
        System.out.printf("index build:      %.1f s%n", buildSeconds);
        System.out.printf("index heap:       %,d MB (live heap after build %,d MB)%n", (heapAfter - heapBefore) / (1024 * 1024),
                heapAfter / (1024 * 1024));
        System.out.printf("lookups:          %,d (%d%% found a similar topic)%n", queries, found * 100 / queries);
        System.out.printf("lookup p50:       %.2f ms%n", nanos[queries / 2] / 1e6);
        System.out.printf("lookup p95:       %.2f ms%n", nanos[(int) (queries * 0.95)] / 1e6);
        System.out.printf("lookup max:       %.2f ms%n", nanos[queries - 1] / 1e6);
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
