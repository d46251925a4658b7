package org.gongshang.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.gongshang.similarity.internal.CorpusIndex;
import org.gongshang.similarity.internal.StoredText;
import org.junit.jupiter.api.Test;

/**
 * The words part alone (as it serves before the embeddings are there): near-duplicates in Chinese that
 * survive rewording, unrelated topics that stay apart, and the filters.
 */
class SimilarityIndexTests {

    static final double WORDS_MIN_SCORE = 0.25;
    static final CorpusIndex.Scoring SCORING = new CorpusIndex.Scoring(0.05, WORDS_MIN_SCORE, 256);
    static final Set<String> OPEN = Set.of("SUBMITTED", "ACCEPTED");

    record Text(long id, String title, String body, String status, boolean held) {
    }

    static Text open(long id, String title, String body) {
        return new Text(id, title, body, "SUBMITTED", false);
    }

    static final Text ELEVATOR = open(1, "老旧小区加装电梯难", "我们小区是九十年代的老楼，六层没有电梯，老人上下楼很困难，加装电梯协调难、资金难。");
    static final Text PARKING = open(2, "小区停车难问题亟待解决", "晚上下班回来小区里没有车位，车都停在消防通道上，存在安全隐患。");
    static final Text PARKING_FEES = open(3, "医院周边停车收费过高", "市中心医院周边停车位少，收费每小时十元，看病的群众负担重。");
    static final Text MARKET = open(4, "菜市场环境卫生脏乱差", "西外菜市场地面污水横流，垃圾清运不及时，夏天气味难闻。");

    static CorpusIndex index(Text... texts) {
        CorpusIndex index = new CorpusIndex(ChineseTerms.instance());
        for (Text text : texts) {
            put(index, text, false);
        }
        return index;
    }

    static void put(CorpusIndex index, Text text, boolean removed) {
        index.apply(new StoredText("topic", text.id(), text.title(), text.body(), new TextAttributes("511702", text.status(),
                text.held(), null, Instant.parse("2026-03-01T00:00:00Z")), removed, null, null, text.id() * 10 + (removed ? 1 : 0)),
                "model");
    }

    static List<Long> similar(CorpusIndex index, String title, String body, TextFilter filter) {
        return index.find(title, body, null, filter.withStatuses(OPEN), 5, WORDS_MIN_SCORE, SCORING).stream()
                .map(SimilarText::id).toList();
    }

    @Test
    void theElevatorTopicsFindEachOtherThoughWordedDifferently() {
        CorpusIndex index = index(ELEVATOR, PARKING, PARKING_FEES, MARKET);

        assertThat(similar(index, "关于推进老旧小区电梯加装的建议", "", TextFilter.any())).containsExactly(1L);
    }

    @Test
    void theOtherWayRoundToo() {
        CorpusIndex index = index(open(5, "关于推进老旧小区电梯加装的建议", "建议政府对老旧小区加装电梯给予补贴，简化审批流程。"), PARKING, MARKET);

        assertThat(similar(index, "老旧小区加装电梯难", "", TextFilter.any())).containsExactly(5L);
    }

    @Test
    void parkingTopicsDoNotMatchTheElevatorTopic() {
        CorpusIndex index = index(PARKING, PARKING_FEES, MARKET);

        assertThat(similar(index, "关于推进老旧小区电梯加装的建议", "", TextFilter.any())).isEmpty();
        assertThat(similar(index, "老旧小区加装电梯难", "六层老楼没有电梯，老人上下楼困难", TextFilter.any())).isEmpty();
    }

    @Test
    void parkingFindsParkingAndTheBestComesFirst() {
        CorpusIndex index = index(ELEVATOR, PARKING, PARKING_FEES, MARKET);

        List<SimilarText> hits = index.find("小区停车位不足停车难", "", null, TextFilter.any(), 5, WORDS_MIN_SCORE, SCORING);

        assertThat(hits).extracting(SimilarText::id).startsWith(2L).doesNotContain(1L, 4L);
        assertThat(hits.getFirst().score()).isBetween(WORDS_MIN_SCORE, 1.0);
        assertThat(hits.getFirst().meaning()).as("no embedding: words only").isNull();
    }

    @Test
    void theTextItselfAndHeldTextsAreLeftOutUnlessAsked() {
        CorpusIndex index = index(ELEVATOR, new Text(6, "老旧小区电梯加装补贴", "加装电梯的补贴标准太低，居民出资压力大。", "SUBMITTED", true));

        assertThat(similar(index, ELEVATOR.title(), ELEVATOR.body(), TextFilter.any().excluding(1))).isEmpty();
        assertThat(similar(index, ELEVATOR.title(), ELEVATOR.body(), TextFilter.any().excluding(1).includingHeld(true)))
                .containsExactly(6L);
    }

    @Test
    void declinedAndRemovedTextsAreLeftOutAndNewOnesJoin() {
        CorpusIndex index = index(ELEVATOR, PARKING, open(8, "加装电梯资金难筹集", ""));

        index.apply(new StoredText("topic", 1, ELEVATOR.title(), ELEVATOR.body(), new TextAttributes("511702", "DECLINED", false,
                null, Instant.now()), false, null, null, 99), "model");
        put(index, open(8, "加装电梯资金难筹集", ""), true);
        put(index, open(7, "老旧小区电梯加装资金如何筹集", "加装电梯的资金由谁出，政府补贴多少，居民分摊比例怎么定。"), false);

        assertThat(similar(index, "老旧小区加装电梯难", "", TextFilter.any())).containsExactly(7L);
        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void aScopePrefixAndATimeLimitSelectTheTexts() {
        CorpusIndex index = new CorpusIndex(ChineseTerms.instance());
        index.apply(new StoredText("emergency", 1, "滨河路内涝积水", "", new TextAttributes("511702001", "OPEN", false, null,
                Instant.parse("2026-01-10T00:00:00Z")), false, null, null, 1), "model");
        index.apply(new StoredText("emergency", 2, "滨河路内涝积水严重", "", new TextAttributes("511703002", "OPEN", false, null,
                Instant.parse("2026-01-10T00:00:00Z")), false, null, null, 2), "model");
        index.apply(new StoredText("emergency", 3, "滨河路积水内涝", "", new TextAttributes("511702001", "OPEN", false, null,
                Instant.parse("2024-01-10T00:00:00Z")), false, null, null, 3), "model");

        List<SimilarText> found = index.find("滨河路内涝", "", null, TextFilter.any().withinScope("511702001")
                .since(Instant.parse("2025-03-01T00:00:00Z")), 5, WORDS_MIN_SCORE, SCORING);

        assertThat(found).extracting(SimilarText::id).containsExactly(1L);
    }
}
