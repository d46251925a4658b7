package org.gongshang.statistics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gongshang.statistics.StatisticsTable;

/**
 * The geometry of a section's chart, computed here and drawn by the template as SVG attributes (the
 * content security policy allows no inline styles and no script draws it): one horizontal bar per
 * row, its columns stacked as segments, all bars to the scale of the largest total.
 */
record BarChart(int width, int height, List<Bar> bars) {

    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 150;
    static final int BAR_AREA = 420;
    static final int ROW_HEIGHT = 30;
    static final int BAR_HEIGHT = 20;

    /** @param textY the baseline of the row's label and total */
    record Bar(int row, String y, String textY, String totalX, long total, List<Segment> segments) {
    }

    /** @param column which column (and so which colour class) the segment is */
    record Segment(int column, String x, String width, long value) {
    }

    static BarChart of(StatisticsTable table) {
        long max = table.rows().stream().mapToLong(StatisticsTable.Row::total).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            StatisticsTable.Row row = table.rows().get(r);
            double x = LABEL_WIDTH;
            List<Segment> segments = new ArrayList<>();
            for (int c = 0; c < row.values().size(); c++) {
                long value = row.values().get(c);
                if (value <= 0) {
                    continue;
                }
                double width = max == 0 ? 0 : BAR_AREA * (double) value / max;
                segments.add(new Segment(c, fmt(x), fmt(width), value));
                x += width;
            }
            int top = r * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2;
            bars.add(new Bar(r, Integer.toString(top), Integer.toString(top + BAR_HEIGHT - 5), fmt(x + 6), row.total(),
                    segments));
        }
        return new BarChart(WIDTH, Math.max(ROW_HEIGHT, table.rows().size() * ROW_HEIGHT), bars);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
