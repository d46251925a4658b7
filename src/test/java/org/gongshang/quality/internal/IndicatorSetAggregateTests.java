package org.gongshang.quality.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.gongshang.quality.IndicatorDraft;
import org.gongshang.quality.Measure;
import org.gongshang.quality.PanelAnswer;
import org.gongshang.quality.QualityProperties;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.junit.jupiter.api.Test;

/** An indicator set's rules and a panel answer's, without Spring. */
class IndicatorSetAggregateTests {

    static final IndicatorSetAggregate DEFAULTS = IndicatorSetAggregate.startingWith(3, "511702", 2026,
            QualityProperties.DEFAULT_INDICATORS);

    @Test
    void aSetStartsWithTheDefaultsUnnamed() {
        assertThat(DEFAULTS.indicators()).hasSize(Measure.values().length);
        assertThat(DEFAULTS.view().indicators()).allSatisfy(i -> assertThat(i.name()).isNull());
        assertThat(DEFAULTS.view().indicators().get(2).position()).isEqualTo(2);
    }

    @Test
    void everyProblemOfAnIndicatorComesBackAtOnce() {
        List<FieldProblem> problems = IndicatorSetAggregate.problemsOf(new IndicatorDraft("名".repeat(61), null, null, 0.0, true));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("name", "measure", "target", "weight");
    }

    @Test
    void theTargetMustFitTheMeasuresUnit() {
        assertThat(IndicatorSetAggregate.problemsOf(new IndicatorDraft(null, Measure.SATISFACTION_RATE, 120.0, 5.0, true)))
                .extracting(FieldProblem::field).containsExactly("target");
        assertThat(IndicatorSetAggregate.problemsOf(new IndicatorDraft(null, Measure.PANEL_SCORE, 0.0, 5.0, true)))
                .extracting(FieldProblem::field).containsExactly("target");
        assertThat(IndicatorSetAggregate.problemsOf(new IndicatorDraft(null, Measure.PANEL_SCORE, Double.NaN, 5.0, true)))
                .extracting(FieldProblem::field).containsExactly("target");
        assertThat(IndicatorSetAggregate.problemsOf(new IndicatorDraft("  ", Measure.PANEL_SCORE, 4.5, 5.0, false))).isEmpty();
    }

    @Test
    void indicatorsAreAddedChangedAndRemovedButOneStays() {
        IndicatorSetAggregate one = new IndicatorSetAggregate(1L, 3, "511702", 2026,
                List.of(new IndicatorRow(null, Measure.PANEL_SCORE, 4, 8, true)), 0L);

        IndicatorSetAggregate two = one.adding(new IndicatorDraft("群众满意", Measure.SATISFACTION_RATE, 90.0, 10.0, true));
        assertThat(two.indicators()).extracting(IndicatorRow::name).containsExactly(null, "群众满意");
        assertThat(two.changing(0, new IndicatorDraft(null, Measure.PANEL_SCORE, 3.5, 5.0, false)).indicators().get(0).target())
                .isEqualTo(3.5);
        assertThat(two.removing(0).indicators()).extracting(IndicatorRow::measure).containsExactly(Measure.SATISFACTION_RATE);
        assertThatThrownBy(() -> one.removing(0)).hasMessage("quality.indicator.last");
        assertThatThrownBy(() -> one.changing(5, new IndicatorDraft(null, Measure.PANEL_SCORE, 3.5, 5.0, false)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }

    @Test
    void aPanelAnswerNeedsEveryQuestionScoredFromOneToFiveAndComesOnce() {
        PanelInvitationAggregate invited = PanelInvitationAggregate.invite(5, 8, 9, Instant.EPOCH);
        List<String> rubric = List.of("topic", "voice");

        assertThatThrownBy(() -> invited.answered(rubric, Map.of("topic", new PanelAnswer(6, null)), Instant.EPOCH))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::field).containsExactly("scores[topic]", "scores[voice]"));
        assertThatThrownBy(() -> invited.answered(rubric, Map.of("topic", new PanelAnswer(4, null),
                "voice", new PanelAnswer(4, null), "other", new PanelAnswer(4, null)), Instant.EPOCH))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::field).containsExactly("scores"));

        PanelInvitationAggregate answered = invited.answered(rubric,
                Map.of("topic", new PanelAnswer(5, " 切口小 "), "voice", new PanelAnswer(3, "")), Instant.EPOCH);
        assertThat(answered.scores()).containsExactly(5, 3);
        assertThat(answered.answers()).extracting(PanelAnswerRow::comment).containsExactly("切口小", null);
        assertThatThrownBy(() -> answered.answered(rubric, Map.of(), Instant.EPOCH))
                .hasMessage("quality.panel.answered-already");
    }
}
