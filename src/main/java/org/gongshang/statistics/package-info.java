/**
 * The statistics dashboard (数据驾驶舱): a read side composed of sections, each a table of counts by
 * region, period or kind with its chart and Excel export. A section reads the roll-ups its owning
 * module keeps current from its own events (the quality module's {@code quality_rollup}, for one),
 * through that module's API: the dashboard never scans records per request and never reads another
 * module's tables.
 *
 * <p>{@link org.gongshang.statistics.StatisticsSection} is the extension point: a module that has
 * figures to show (member duty points, emergency response times) provides a bean, and the dashboard
 * shows the sections that have data. {@link org.gongshang.statistics.Dashboard} checks who may see
 * which region and period.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics",
        allowedDependencies = {"shared", "identity", "region", "consultation", "quality"})
@org.jspecify.annotations.NullMarked
package org.gongshang.statistics;
