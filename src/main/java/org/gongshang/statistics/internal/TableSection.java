package org.gongshang.statistics.internal;

import org.gongshang.identity.Actor;
import org.gongshang.statistics.StatisticsFilter;
import org.gongshang.statistics.StatisticsSection;
import org.gongshang.statistics.StatisticsTable;

/** A section whose table is worked out from a module's API for the filter and the viewer. */
record TableSection(String key, int order, Figures figures) implements StatisticsSection {

    /** The figures of the section; the module behind them refuses viewers it does not serve. */
    interface Figures {
        StatisticsTable of(StatisticsFilter filter, Actor viewer);
    }

    @Override
    public StatisticsTable table(StatisticsFilter filter, Actor viewer) {
        return figures.of(filter, viewer);
    }
}
