package org.gongshang.statistics.internal;

import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.quality.EvaluationFilter;
import org.gongshang.quality.Grade;
import org.gongshang.quality.QualityAggregate;
import org.gongshang.quality.QualityAggregates;
import org.gongshang.region.Region;
import org.gongshang.region.Regions;
import org.gongshang.statistics.StatisticsFilter;
import org.gongshang.statistics.StatisticsSection;
import org.gongshang.statistics.StatisticsTable;
import org.springframework.stereotype.Component;

/**
 * Quality grades (质量评价等级) by district: how many evaluated consultations were 优秀, 良好, 一般, 较差,
 * from the quality module's roll-ups (kept by difference with every evaluation).
 */
@Component
class QualityGradesSection implements StatisticsSection {

    private final QualityAggregates aggregates;
    private final Regions regions;

    QualityGradesSection(QualityAggregates aggregates, Regions regions) {
        this.aggregates = aggregates;
        this.regions = regions;
    }

    @Override
    public String key() {
        return "quality-grades";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public StatisticsTable table(StatisticsFilter filter, Actor viewer) {
        List<QualityAggregate> byDistrict = aggregates.by(QualityAggregate.By.DISTRICT,
                new EvaluationFilter(filter.year(), filter.districtCode(), null, null, null), viewer);
        List<StatisticsTable.Row> rows = byDistrict.stream()
                .map(aggregate -> new StatisticsTable.Row(regions.find(aggregate.key()).map(Region::name).orElse(aggregate.key()),
                        null, List.of(Grade.values()).stream().map(grade -> (long) aggregate.grades().getOrDefault(grade, 0))
                                .toList()))
                .toList();
        return new StatisticsTable("statistics.district",
                List.of(Grade.values()).stream().map(grade -> "statistics.grade." + grade).toList(), rows);
    }
}
