package org.gongshang.statistics;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The figures of a section: one row per region, kind or period, one value per column. Labels are
 * either said as they are (a region's name) or message keys to translate (a kind of consultation).
 *
 * @param rowHeadingKey the message key of the rows' heading, e.g. {@code statistics.district}
 * @param columnKeys message keys of the value columns, in order; the chart stacks them
 */
public record StatisticsTable(String rowHeadingKey, List<String> columnKeys, List<Row> rows) {

    public StatisticsTable {
        columnKeys = List.copyOf(columnKeys);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.values().size() != columnKeys.size()) {
                throw new IllegalArgumentException("a row has one value per column");
            }
        }
    }

    /**
     * @param label the row's label as shown, when {@code labelKey} is null
     * @param labelKey a message key for the label, or null
     */
    public record Row(String label, @Nullable String labelKey, List<Long> values) {

        public Row {
            values = List.copyOf(values);
        }

        public long total() {
            return values.stream().mapToLong(Long::longValue).sum();
        }
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
