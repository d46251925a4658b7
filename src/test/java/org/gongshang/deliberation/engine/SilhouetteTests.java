package org.gongshang.deliberation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SilhouetteTests {

    @Test
    void twoTightPairsFarApartScoreByHand() {
        // Points 0 and 1 in one cluster, 10 and 11 in the other: s = 9.5/10.5 for the outer points and
        // 8.5/9.5 for the inner ones.
        double expected = (2 * (9.5 / 10.5) + 2 * (8.5 / 9.5)) / 4;
        double silhouette = Silhouette.of(new double[] {0, 1, 10, 11}, new double[4], new int[] {0, 0, 1, 1}, 2);
        assertThat(silhouette).isCloseTo(expected, within(1e-12)).isCloseTo(0.8997494, within(1e-7));
    }

    @Test
    void aPointAloneInItsClusterScoresZero() {
        // Cluster 0 = {0, 2}: s(0) = (b − a)/max = (5 − 2)/5, s(2) = (3 − 2)/3; point 5 is alone: 0.
        double silhouette = Silhouette.of(new double[] {0, 2, 5}, new double[3], new int[] {0, 0, 1}, 2);
        assertThat(silhouette).isCloseTo((3.0 / 5 + 1.0 / 3) / 3, within(1e-12));
    }

    @Test
    void wrongSplitsScoreBelowZero() {
        double silhouette = Silhouette.of(new double[] {0, 1, 10, 11}, new double[4], new int[] {0, 1, 0, 1}, 2);
        assertThat(silhouette).isNegative();
    }
}
