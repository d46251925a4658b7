package org.gongshang.deliberation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AdjustedRandIndexTests {

    @Test
    void identicalPartitionsWithOtherLabelsScoreOne() {
        assertThat(AdjustedRandIndex.of(new int[] {0, 0, 1, 1, 2}, new int[] {7, 7, 3, 3, 5})).isEqualTo(1.0);
    }

    @Test
    void splittingOneGroupScoresByHand() {
        // Contingency [[2,0,0],[0,1,1]]: index 1, expected 2·1/6, maximum 1.5 → (1 − 1/3)/(1.5 − 1/3) = 4/7.
        assertThat(AdjustedRandIndex.of(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 2}))
                .isCloseTo(4.0 / 7, within(1e-12));
    }

    @Test
    void threeAgainstThreeScoresByHand() {
        // Contingency [[2,1,0],[0,1,2]]: index 2, expected 6·3/15 = 1.2, maximum 4.5 → 0.8/3.3.
        assertThat(AdjustedRandIndex.of(new int[] {0, 0, 0, 1, 1, 1}, new int[] {0, 0, 1, 1, 2, 2}))
                .isCloseTo(0.8 / 3.3, within(1e-12));
    }

    @Test
    void crossingPartitionsScoreBelowChance() {
        assertThat(AdjustedRandIndex.of(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1})).isCloseTo(-0.5, within(1e-12));
    }

    @Test
    void twoSingleGroupsAgreeFully() {
        assertThat(AdjustedRandIndex.of(new int[] {1, 1, 1}, new int[] {4, 4, 4})).isEqualTo(1.0);
    }
}
