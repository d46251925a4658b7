package org.gongshang.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.gongshang.deliberation.internal.StatementSimilarity;
import org.junit.jupiter.api.Test;

/** Character-bigram Jaccard similarity of short Chinese statements. */
class StatementSimilarityTests {

    @Test
    void theSameTextIsOne() {
        assertThat(StatementSimilarity.of("应该加装电梯", "应该加装电梯")).isEqualTo(1.0);
    }

    @Test
    void punctuationSpacesAndCaseDoNotCount() {
        assertThat(StatementSimilarity.of("应该加装电梯！", " 应该，加装 电梯")).isEqualTo(1.0);
        assertThat(StatementSimilarity.of("WiFi 覆盖", "wifi覆盖")).isEqualTo(1.0);
    }

    @Test
    void aRewordingWithSharedWordsIsANearDuplicate() {
        // 老旧|旧小|小区|区应|应该|该加|加装|装电|电梯|梯方|方便|便老|老人|人出|出行 vs 老年|年人 instead of 老人
        double score = StatementSimilarity.of("老旧小区应该加装电梯，方便老人出行", "老旧小区应该加装电梯，方便老年人出行。");
        assertThat(score).isGreaterThan(0.7);
    }

    @Test
    void unrelatedStatementsShareNothing() {
        assertThat(StatementSimilarity.of("应该加装电梯", "停车位太少")).isZero();
    }

    @Test
    void aPartlySharedPhraseScoresByTheShareOfBigrams() {
        // {加装, 装电, 电梯} against {应该, 该加, 加装, 装电, 电梯}: 3 shared of 5.
        assertThat(StatementSimilarity.of("加装电梯", "应该加装电梯")).isCloseTo(0.6, within(1e-9));
    }

    @Test
    void theOppositeStanceStillReadsAlike() {
        // Why near-duplicates are only pointed out: the score does not see 不.
        assertThat(StatementSimilarity.of("应该加装电梯", "不应该加装电梯")).isGreaterThan(0.8);
    }

    @Test
    void singleCharactersAndEmptyTextsAreHandled() {
        assertThat(StatementSimilarity.of("好", "好")).isEqualTo(1.0);
        assertThat(StatementSimilarity.of("", "好")).isZero();
        assertThat(StatementSimilarity.of("！！", "？")).isZero();
    }
}
