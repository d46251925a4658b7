package org.gongshang.statistics.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gongshang.consultation.ConsultationForm;
import org.gongshang.consultation.ConsultationKind;
import org.gongshang.identity.Actor;
import org.gongshang.quality.EvaluationFilter;
import org.gongshang.quality.QualityAggregate;
import org.gongshang.quality.QualityAggregates;
import org.gongshang.statistics.StatisticsFilter;
import org.gongshang.statistics.StatisticsSection;
import org.gongshang.statistics.StatisticsTable;
import org.springframework.stereotype.Component;

/**
 * Concluded consultations by kind (小微、基层、联合) and form (线下、线上、结合): every concluded
 * consultation has an evaluation, so the quality module's roll-ups count them without a scan.
 */
@Component
class ConsultationFormsSection implements StatisticsSection {

    private final QualityAggregates aggregates;

    ConsultationFormsSection(QualityAggregates aggregates) {
        this.aggregates = aggregates;
    }

    @Override
    public String key() {
        return "consultation-forms";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public StatisticsTable table(StatisticsFilter filter, Actor viewer) {
        Map<ConsultationKind, long[]> counts = new EnumMap<>(ConsultationKind.class);
        for (QualityAggregate aggregate : aggregates.by(QualityAggregate.By.KIND_FORM,
                new EvaluationFilter(filter.year(), filter.districtCode(), null, null, null), viewer)) {
            String[] kindAndForm = aggregate.key().split("/", 2);
            ConsultationKind kind = ConsultationKind.valueOf(kindAndForm[0]);
            ConsultationForm form = ConsultationForm.valueOf(kindAndForm[1]);
            counts.computeIfAbsent(kind, k -> new long[ConsultationForm.values().length])[form.ordinal()] += aggregate.evaluations();
        }
        List<StatisticsTable.Row> rows = new ArrayList<>();
        counts.forEach((kind, byForm) -> rows.add(new StatisticsTable.Row(kind.name(), "statistics.kind." + kind,
                Arrays.stream(byForm).boxed().toList())));
        return new StatisticsTable("statistics.kind", List.of(ConsultationForm.values()).stream()
                .map(form -> "statistics.form." + form).toList(), rows);
    }
}
