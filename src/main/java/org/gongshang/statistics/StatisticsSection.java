package org.gongshang.statistics;

import org.gongshang.identity.Actor;

/**
 * A section of the dashboard: a table of figures for a period and region, drawn as a bar chart with
 * its segments. Implementations read roll-ups kept current by events, never the records one by one,
 * and apply their module's rules for who sees what (a refusal is a {@code DomainException}).
 * Titles and column headings are message keys: {@code statistics.section.<key>} and the table's own.
 */
public interface StatisticsSection {

    /** Stable, URL-safe: the section's address in the page, the API and the export. */
    String key();

    /** Lower first on the page. */
    int order();

    /** The figures the viewer may see for the filter; no rows when there are none. */
    StatisticsTable table(StatisticsFilter filter, Actor viewer);
}
