package org.gongshang.quality.web;

import java.time.Instant;
import java.util.List;

import org.gongshang.consultation.ConsultationForm;
import org.gongshang.consultation.ConsultationKind;
import org.gongshang.quality.EvaluationStatus;
import org.gongshang.quality.Grade;
import org.gongshang.quality.IndicatorGroup;
import org.gongshang.quality.IndicatorResult;
import org.gongshang.quality.Measure;
import org.gongshang.quality.QualityEvaluation;
import org.gongshang.shared.web.Messages;
import org.jspecify.annotations.Nullable;

/** A quality evaluation in the API: every indicator with value, target, score and evidence (texts in the caller's language). */
record EvaluationJson(long consultationId, String title, String regionCode, long organizationId, ConsultationKind kind,
        ConsultationForm form, int year, EvaluationStatus status, @Nullable Double score, @Nullable Grade grade, int measured,
        List<IndicatorJson> indicators, Instant computedAt, @Nullable Instant closedAt) {

    record IndicatorJson(int position, String name, Measure measure, IndicatorGroup group, Measure.Unit unit, double target,
            double weight, boolean isPublic, boolean lowerIsBetter, @Nullable Double value, @Nullable Double numerator,
            @Nullable Double denominator, @Nullable Double score, List<EvidenceJson> evidence) {
    }

    record EvidenceJson(String key, List<String> args, String text, @Nullable String link) {
    }

    static EvaluationJson of(QualityEvaluation evaluation, Messages messages) {
        return new EvaluationJson(evaluation.consultationId(), evaluation.title(), evaluation.regionCode(),
                evaluation.organizationId(), evaluation.kind(), evaluation.form(), evaluation.year(), evaluation.status(),
                evaluation.score(), evaluation.grade(), evaluation.measured(),
                evaluation.indicators().stream().map(result -> indicator(result, messages)).toList(), evaluation.computedAt(),
                evaluation.closedAt());
    }

    private static IndicatorJson indicator(IndicatorResult result, Messages messages) {
        var indicator = result.indicator();
        return new IndicatorJson(indicator.position(), ReportView.name(result, messages), indicator.measure(), indicator.group(),
                indicator.measure().unit(), indicator.target(), indicator.weight(), indicator.isPublic(),
                indicator.measure().lowerIsBetter(), result.value(), result.numerator(), result.denominator(), result.score(),
                result.evidence().stream().map(e -> new EvidenceJson(e.key(), e.args(),
                        messages.get(e.messageKey(), e.args().toArray()), e.link())).toList());
    }
}
