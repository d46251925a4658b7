package org.gongshang.statistics.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.gongshang.region.Region;
import org.gongshang.region.Regions;
import org.gongshang.statistics.StatisticsTable;
import org.jspecify.annotations.Nullable;

/**
 * Turns cells counted by a module (row key, column key, count) into a table: the columns in the order
 * of their enum, rows in the order the module gave them, labelled by a region's name, a message key or
 * as they are (a month).
 */
final class TallyColumns {

    /** A counted cell, whichever module counted it. */
    record Cell(String row, String column, long count) {
    }

    private TallyColumns() {
    }

    /**
     * @param columns the column keys in order (an enum's names)
     * @param columnKeyPrefix prefix of the columns' message keys
     * @param rowLabelKey the message key of a row's label, or null to say the row as it is
     */
    static StatisticsTable table(String rowHeadingKey, List<String> columns, String columnKeyPrefix, List<Cell> cells,
            Function<String, @Nullable String> rowLabelKey, Function<String, String> rowLabel) {
        Map<String, long[]> rows = new LinkedHashMap<>();
        for (Cell cell : cells) {
            int column = columns.indexOf(cell.column());
            if (column >= 0) {
                rows.computeIfAbsent(cell.row(), r -> new long[columns.size()])[column] += cell.count();
            }
        }
        List<StatisticsTable.Row> table = new ArrayList<>();
        rows.forEach((row, values) -> table.add(new StatisticsTable.Row(rowLabel.apply(row), rowLabelKey.apply(row),
                Arrays.stream(values).boxed().toList())));
        return new StatisticsTable(rowHeadingKey, columns.stream().map(column -> columnKeyPrefix + column).toList(), table);
    }

    /** A district's name, or its code when unknown. */
    static Function<String, String> regionName(Regions regions) {
        return code -> regions.find(code).map(Region::name).orElse(code);
    }

    static <E extends Enum<E>> List<String> names(E[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
