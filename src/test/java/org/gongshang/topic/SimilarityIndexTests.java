package org.gongshang.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongshang.topic.internal.ChineseTerms;
import org.gongshang.topic.internal.SimilarityIndex;
import org.gongshang.topic.internal.SimilarityIndex.Document;
import org.gongshang.topic.internal.SimilarityIndex.Hit;
import org.junit.jupiter.api.Test;

/** Near-duplicates in Chinese that survive rewording, and unrelated topics that stay apart. */
class SimilarityIndexTests {

    static final double MIN_SCORE = new TopicProperties.Similarity(5, 0.25, java.time.Duration.ofSeconds(30)).minScore();

    final ChineseTerms terms = ChineseTerms.instance();

    SimilarityIndex index(Document... documents) {
        return SimilarityIndex.build(terms, List.of(documents));
    }

    static Document open(long id, String title, String description) {
        return new Document(id, title, description, TopicStatus.SUBMITTED, false);
    }

    static final Document ELEVATOR = open(1, "老旧小区加装电梯难", "我们小区是九十年代的老楼，六层没有电梯，老人上下楼很困难，加装电梯协调难、资金难。");
    static final Document PARKING = open(2, "小区停车难问题亟待解决", "晚上下班回来小区里没有车位，车都停在消防通道上，存在安全隐患。");
    static final Document PARKING_FEES = open(3, "医院周边停车收费过高", "市中心医院周边停车位少，收费每小时十元，看病的群众负担重。");
    static final Document MARKET = open(4, "菜市场环境卫生脏乱差", "西外菜市场地面污水横流，垃圾清运不及时，夏天气味难闻。");

    @Test
    void theElevatorTopicsFindEachOtherThoughWordedDifferently() {
        SimilarityIndex index = index(ELEVATOR, PARKING, PARKING_FEES, MARKET);

        List<Hit> hits = index.similar("关于推进老旧小区电梯加装的建议", "", -1, false, 5, MIN_SCORE);

        assertThat(hits).extracting(Hit::id).containsExactly(1L);
    }

    @Test
    void theOtherWayRoundToo() {
        SimilarityIndex index = index(open(5, "关于推进老旧小区电梯加装的建议", "建议政府对老旧小区加装电梯给予补贴，简化审批流程。"),
                PARKING, MARKET);

        assertThat(index.similar("老旧小区加装电梯难", "", -1, false, 5, MIN_SCORE)).extracting(Hit::id).containsExactly(5L);
    }

    @Test
    void parkingTopicsDoNotMatchTheElevatorTopic() {
        SimilarityIndex index = index(PARKING, PARKING_FEES, MARKET);

        assertThat(index.similar("关于推进老旧小区电梯加装的建议", "", -1, false, 5, MIN_SCORE)).isEmpty();
        assertThat(index.similar("老旧小区加装电梯难", "六层老楼没有电梯，老人上下楼困难", -1, false, 5, MIN_SCORE)).isEmpty();
    }

    @Test
    void parkingFindsParkingAndTheBestComesFirst() {
        SimilarityIndex index = index(ELEVATOR, PARKING, PARKING_FEES, MARKET);

        List<Hit> hits = index.similar("小区停车位不足停车难", "", -1, false, 5, MIN_SCORE);

        assertThat(hits).extracting(Hit::id).startsWith(2L).doesNotContain(1L, 4L);
        assertThat(hits.getFirst().score()).isBetween(MIN_SCORE, 1.0);
    }

    @Test
    void theTopicItselfAndHeldTopicsAreLeftOutUnlessAsked() {
        SimilarityIndex index = index(ELEVATOR, new Document(6, "老旧小区电梯加装补贴", "加装电梯的补贴标准太低，居民出资压力大。",
                TopicStatus.SUBMITTED, true));

        assertThat(index.similar(ELEVATOR.title(), ELEVATOR.description(), 1, false, 5, MIN_SCORE)).isEmpty();
        assertThat(index.similar(ELEVATOR.title(), ELEVATOR.description(), 1, true, 5, MIN_SCORE)).extracting(Hit::id)
                .containsExactly(6L);
    }

    @Test
    void declinedAndMergedTopicsLeaveTheIndexAndNewOnesJoinIt() {
        SimilarityIndex index = index(ELEVATOR, PARKING);

        index.put(new Document(1, ELEVATOR.title(), ELEVATOR.description(), TopicStatus.DECLINED, false));
        index.put(open(7, "老旧小区电梯加装资金如何筹集", "加装电梯的资金由谁出，政府补贴多少，居民分摊比例怎么定。"));

        assertThat(index.similar("老旧小区加装电梯难", "", -1, false, 5, MIN_SCORE)).extracting(Hit::id).containsExactly(7L);
        assertThat(index.size()).isEqualTo(2);
    }
}
