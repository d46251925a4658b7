package org.gongshang.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.gongshang.statistics.StatisticsTable;
import org.junit.jupiter.api.Test;

class BarChartTests {

    @Test
    void theLargestTotalFillsTheBarAreaAndTheOthersAreToItsScale() {
        BarChart chart = BarChart.of(new StatisticsTable("statistics.district", List.of("a", "b"), List.of(
                new StatisticsTable.Row("通川区", null, List.of(3L, 1L)),
                new StatisticsTable.Row("达川区", null, List.of(2L, 0L)))));

        assertThat(chart.bars()).hasSize(2);
        var first = chart.bars().get(0);
        assertThat(first.total()).isEqualTo(4);
        assertThat(first.segments()).extracting(BarChart.Segment::x, BarChart.Segment::width, BarChart.Segment::column)
                .containsExactly(tuple("150.0", "315.0", 0),
                        tuple("465.0", "105.0", 1));
        var second = chart.bars().get(1);
        assertThat(second.segments()).singleElement().satisfies(segment -> assertThat(segment.width()).isEqualTo("210.0"));
        assertThat(second.y()).isEqualTo(Integer.toString(BarChart.ROW_HEIGHT + 5));
        assertThat(chart.height()).isEqualTo(2 * BarChart.ROW_HEIGHT);
    }

    @Test
    void rowsOfNothingDrawNoSegmentAndDivideByNothing() {
        BarChart chart = BarChart.of(new StatisticsTable("statistics.district", List.of("a"), List.of(
                new StatisticsTable.Row("通川区", null, List.of(0L)))));

        assertThat(chart.bars().get(0).segments()).isEmpty();
        assertThat(chart.bars().get(0).total()).isZero();
    }

    @Test
    void aRowWithTheWrongNumberOfValuesIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StatisticsTable("k",
                List.of("a", "b"), List.of(new StatisticsTable.Row("x", null, List.of(1L)))));
    }
}
