package org.gongshang.deliberation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class GroupCountTests {

    @Test
    void maxKFollowsThePolisTable() {
        assertThat(GroupClustering.maxK(11, 5)).isEqualTo(2);
        assertThat(GroupClustering.maxK(12, 5)).isEqualTo(3);
        assertThat(GroupClustering.maxK(24, 5)).isEqualTo(4);
        assertThat(GroupClustering.maxK(36, 5)).isEqualTo(5);
        assertThat(GroupClustering.maxK(100, 5)).isEqualTo(5);
    }

    @Test
    void moreGroupsMustBeatTheSilhouetteOfFewerByTheMargin() {
        assertThat(GroupClustering.best(Map.of(2, 0.408, 3, 0.4135, 4, 0.38), 0.02)).isEqualTo(2);
        assertThat(GroupClustering.best(Map.of(2, 0.30, 3, 0.45, 4, 0.46), 0.02)).isEqualTo(3);
    }

    @Test
    void withoutMarginTheHighestSilhouetteWins() {
        assertThat(GroupClustering.best(Map.of(2, 0.408, 3, 0.4135), 0)).isEqualTo(3);
    }
}
