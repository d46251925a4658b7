package org.gongshang.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.gongshang.consultation.ConsultationForm;
import org.gongshang.consultation.ConsultationKind;
import org.gongshang.quality.EvaluationStatus;
import org.gongshang.quality.Grade;
import org.gongshang.quality.Indicator;
import org.gongshang.quality.Measure;
import org.gongshang.quality.QualityProperties;
import org.gongshang.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The score as the weighted mean of measured indicators, the grade, and closing and reopening. */
class EvaluationAggregateTests {

    static final EvaluationSubject SUBJECT = new EvaluationSubject(5, "学校门口接送秩序怎么管", "511702", "511702", 3,
            ConsultationKind.CPPCC_MICRO, ConsultationForm.OFFLINE, 2026, true);
    static final QualityProperties.Grades GRADES = new QualityProperties.Grades(90, 75, 60);
    static final Instant NOW = Instant.parse("2026-06-15T02:00:00Z");

    @Test
    void theScoreIsTheWeightedMeanOfMeasuredIndicatorsOnly() {
        List<IndicatorValueRow> values = List.of(
                value(Measure.RESIDENT_ATTENDANCE, 40, 6, 40.0),      // 100
                value(Measure.SATISFACTION_RATE, 80, 10, 60.0),       // 75
                value(Measure.REPLIED_ON_TIME, 100, 6, null));        // not measured: left out

        EvaluationAggregate evaluation = EvaluationAggregate.begin(SUBJECT, 1, values, GRADES, NOW);

        assertThat(evaluation.score()).isEqualTo(84.38);
        assertThat(evaluation.grade()).isEqualTo(Grade.GOOD);
        assertThat(evaluation.measured()).isEqualTo(2);
        assertThat(evaluation.status()).isEqualTo(EvaluationStatus.OPEN);
    }

    @Test
    void withNothingMeasuredThereIsNoScoreAndItCannotBeClosed() {
        EvaluationAggregate evaluation = EvaluationAggregate.begin(SUBJECT, 1,
                List.of(value(Measure.PANEL_SCORE, 4, 8, null)), GRADES, NOW);

        assertThat(evaluation.score()).isNull();
        assertThat(evaluation.grade()).isNull();
        assertThatThrownBy(() -> evaluation.closed(9, NOW)).isInstanceOf(DomainException.class)
                .hasMessageContaining("quality.evaluation.nothing-measured");
    }

    @Test
    void aClosedEvaluationIgnoresRecomputationUntilReopened() {
        EvaluationAggregate closed = EvaluationAggregate.begin(SUBJECT, 1,
                List.of(value(Measure.RESIDENT_ATTENDANCE, 40, 6, 40.0)), GRADES, NOW).closed(9, NOW);

        EvaluationAggregate again = closed.recomputed(SUBJECT, 1, List.of(value(Measure.RESIDENT_ATTENDANCE, 40, 6, 10.0)),
                GRADES, NOW.plusSeconds(60));

        assertThat(again).isSameAs(closed);
        assertThat(closed.closedBy()).isEqualTo(9L);
        EvaluationAggregate reopened = closed.reopened();
        assertThat(reopened.status()).isEqualTo(EvaluationStatus.OPEN);
        assertThat(reopened.closedAt()).isNull();
        assertThat(reopened.recomputed(SUBJECT, 1, List.of(value(Measure.RESIDENT_ATTENDANCE, 40, 6, 10.0)), GRADES, NOW)
                .score()).isEqualTo(25.0);
    }

    @Test
    void closingTwiceAndReopeningAnOpenOneAreRefused() {
        EvaluationAggregate open = EvaluationAggregate.begin(SUBJECT, 1,
                List.of(value(Measure.RESIDENT_ATTENDANCE, 40, 6, 40.0)), GRADES, NOW);
        assertThatThrownBy(open::reopened).hasMessageContaining("quality.evaluation.open-already");
        assertThatThrownBy(() -> open.closed(9, NOW).closed(9, NOW)).hasMessageContaining("quality.evaluation.closed-already");
    }

    @Test
    void aRecomputationWithTheSameFiguresChangesNothingButTheTime() {
        List<IndicatorValueRow> values = List.of(value(Measure.RESIDENT_ATTENDANCE, 40, 6, 40.0));
        EvaluationAggregate first = EvaluationAggregate.begin(SUBJECT, 1, values, GRADES, NOW);

        assertThat(first.recomputed(SUBJECT, 1, values, GRADES, NOW.plusSeconds(5)).sameFiguresAs(first)).isTrue();
        assertThat(first.recomputed(SUBJECT, 1, List.of(value(Measure.RESIDENT_ATTENDANCE, 40, 6, 30.0)), GRADES, NOW)
                .sameFiguresAs(first)).isFalse();
    }

    static IndicatorValueRow value(Measure measure, double target, double weight, Double value) {
        Indicator indicator = new Indicator(0, null, measure, target, weight, true);
        return IndicatorValueRow.of(indicator, new Measurement(value, null, null, List.of()), "[]");
    }
}
