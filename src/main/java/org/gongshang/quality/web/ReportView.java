package org.gongshang.quality.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gongshang.quality.Evidence;
import org.gongshang.quality.IndicatorGroup;
import org.gongshang.quality.IndicatorResult;
import org.gongshang.quality.QualityEvaluation;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;

/**
 * A quality report as the page and the Word document show it: indicators grouped, every number
 * formatted in its unit and every piece of evidence said in the reader's language.
 */
record ReportView(QualityEvaluation evaluation, String score, List<Group> groups, RadarChart radar) {

    record Group(IndicatorGroup group, String score, List<Row> rows) {
    }

    record Row(int position, String name, String formula, String value, String target, String score, String weight,
            @Nullable String counts, boolean measured, boolean lowerIsBetter, boolean isPublic, List<Line> evidence) {
    }

    record Line(String text, @Nullable String link) {
    }

    static ReportView of(QualityEvaluation evaluation, Messages messages) {
        Map<IndicatorGroup, List<Row>> rows = new EnumMap<>(IndicatorGroup.class);
        for (IndicatorResult result : evaluation.indicators()) {
            rows.computeIfAbsent(result.indicator().group(), g -> new ArrayList<>()).add(row(result, messages));
        }
        Map<IndicatorGroup, Double> scores = evaluation.groupScores();
        List<Group> groups = rows.entrySet().stream()
                .map(e -> new Group(e.getKey(), QualityFormat.score(scores.get(e.getKey())), e.getValue())).toList();
        return new ReportView(evaluation, QualityFormat.score(evaluation.score()), groups,
                RadarChart.of(List.copyOf(rows.keySet()), scores));
    }

    static String name(IndicatorResult result, Messages messages) {
        String name = result.indicator().name();
        return name != null ? name : messages.get("quality.measure." + result.indicator().measure() + ".name");
    }

    private static Row row(IndicatorResult result, Messages messages) {
        var indicator = result.indicator();
        var unit = indicator.measure().unit();
        String counts = result.numerator() == null || result.denominator() == null ? null
                : QualityFormat.number(result.numerator(), "0.##") + " / " + QualityFormat.number(result.denominator(), "0.##");
        List<Line> evidence = new ArrayList<>();
        for (Evidence line : result.evidence()) {
            evidence.add(new Line(messages.get(line.messageKey(), line.args().toArray()), line.link()));
        }
        return new Row(indicator.position(), name(result, messages),
                messages.get("quality.measure." + indicator.measure() + ".formula"),
                QualityFormat.value(result.value(), unit), QualityFormat.value(indicator.target(), unit),
                QualityFormat.score(result.score()), QualityFormat.number(indicator.weight(), "0.#"), counts, result.measured(),
                indicator.measure().lowerIsBetter(), indicator.isPublic(), evidence);
    }
}
