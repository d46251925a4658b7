package org.gongshang.commonproblem.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.gongshang.commonproblem.ProblemCluster;
import org.junit.jupiter.api.Test;

/** Problems by district: each district's tiles sized by their share of its sources, the busiest district first. */
class DistrictTableTests {

    @Test
    void eachDistrictListsItsProblemsBySharesOfItsSources() {
        ProblemCluster elevator = new ProblemCluster(1, "加装电梯难", 5, 4, 30, List.of(
                new ProblemCluster.District("511702", "通川区", 3, 2), new ProblemCluster.District("511703", "达川区", 2, 2)), null);
        ProblemCluster parking = new ProblemCluster(2, "停车难", 1, 1, 25, List.of(new ProblemCluster.District("511702", "通川区", 1, 1)),
                null);

        DistrictTable table = DistrictTable.of(List.of(elevator, parking));

        assertThat(table.rows()).extracting(DistrictTable.Row::name).containsExactly("通川区", "达川区");
        DistrictTable.Row tongchuan = table.rows().getFirst();
        assertThat(tongchuan.sources()).isEqualTo(4);
        assertThat(tongchuan.tiles()).extracting(DistrictTable.Tile::title, DistrictTable.Tile::percent)
                .containsExactly(tuple("加装电梯难", 75), tuple("停车难", 25));
        assertThat(table.rows().get(1).tiles()).extracting(DistrictTable.Tile::percent).containsExactly(100);
    }

    @Test
    void noProblemsMakeNoRows() {
        assertThat(DistrictTable.of(List.of()).rows()).isEmpty();
    }
}
