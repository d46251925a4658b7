package org.gongshang.quality;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gongshang.consultation.ConsultationForm;
import org.gongshang.consultation.ConsultationKind;
import org.jspecify.annotations.Nullable;

/**
 * A consultation's quality evaluation: its indicators with value, target, score and evidence, the
 * weighted score and the grade.
 *
 * @param score the weighted mean of the measured indicators' scores, null when none is measured yet
 */
public record QualityEvaluation(long consultationId, String title, String regionCode, long organizationId,
        ConsultationKind kind, ConsultationForm form, int year, boolean openToPublic, long indicatorSetId,
        EvaluationStatus status, @Nullable Double score, @Nullable Grade grade, List<IndicatorResult> indicators,
        Instant computedAt, @Nullable Instant closedAt, long version) {

    public QualityEvaluation {
        indicators = List.copyOf(indicators);
    }

    public int measured() {
        return (int) indicators.stream().filter(IndicatorResult::measured).count();
    }

    /** Each group's weighted mean score (0–100), for the radar chart; groups without a measured indicator are left out. */
    public Map<IndicatorGroup, Double> groupScores() {
        Map<IndicatorGroup, double[]> sums = new EnumMap<>(IndicatorGroup.class);
        for (IndicatorResult result : indicators) {
            if (result.score() != null) {
                double[] sum = sums.computeIfAbsent(result.indicator().group(), g -> new double[2]);
                sum[0] += result.indicator().weight() * result.score();
                sum[1] += result.indicator().weight();
            }
        }
        Map<IndicatorGroup, Double> scores = new EnumMap<>(IndicatorGroup.class);
        sums.forEach((group, sum) -> scores.put(group, sum[1] == 0 ? 0 : sum[0] / sum[1]));
        return scores;
    }

    public List<IndicatorResult> publicIndicators() {
        return indicators.stream().filter(result -> result.indicator().isPublic()).toList();
    }

    public boolean isClosed() {
        return status == EvaluationStatus.CLOSED;
    }
}
