package org.gongshang.statistics.web;

import java.util.List;

import org.gongshang.shared.web.Messages;
import org.gongshang.statistics.Dashboard;
import org.gongshang.statistics.StatisticsTable;

/** A section as the page, the API and the export say it: title, headings and labels translated, its chart. */
record SectionView(String key, String title, String rowHeading, List<String> columns, List<Line> lines, BarChart chart) {

    record Line(String label, List<Long> values, long total) {
    }

    static SectionView of(Dashboard.Section section, Messages messages) {
        StatisticsTable table = section.table();
        List<Line> lines = table.rows().stream().map(row -> new Line(
                row.labelKey() == null ? row.label() : messages.get(row.labelKey()), row.values(), row.total())).toList();
        return new SectionView(section.key(), messages.get("statistics.section." + section.key()),
                messages.get(table.rowHeadingKey()), table.columnKeys().stream().map(messages::get).toList(), lines,
                BarChart.of(table));
    }
}
