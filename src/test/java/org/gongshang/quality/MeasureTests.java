package org.gongshang.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

/** The score of a value against its target, and the grade bands. */
class MeasureTests {

    @Test
    void moreIsBetterScoresTheShareOfTheTargetReachedAtMostAHundred() {
        assertThat(Measure.RESIDENT_ATTENDANCE.score(20, 40)).isEqualTo(50);
        assertThat(Measure.RESIDENT_ATTENDANCE.score(60, 40)).isEqualTo(100);
        assertThat(Measure.RESIDENT_ATTENDANCE.score(0, 40)).isEqualTo(0);
    }

    @Test
    void aTargetOfZeroIsAlwaysReached() {
        assertThat(Measure.RETURN_VISITS.score(0, 0)).isEqualTo(100);
    }

    @Test
    void lessIsBetterScoresAHundredAtTheTargetAndFallsToNothingAtTheWorstValue() {
        assertThat(Measure.SPEAKING_GINI.score(0.2, 0.35)).isEqualTo(100);
        assertThat(Measure.SPEAKING_GINI.score(0.35, 0.35)).isEqualTo(100);
        assertThat(Measure.SPEAKING_GINI.score(0.675, 0.35)).isCloseTo(50, offset(1e-9));
        assertThat(Measure.SPEAKING_GINI.score(1, 0.35)).isEqualTo(0);
        assertThat(Measure.REHANDLING.score(55, 10)).isEqualTo(50);
    }

    @Test
    void onlyLessIsBetterMeasuresSaySo() {
        assertThat(Measure.SPEAKING_GINI.lowerIsBetter()).isTrue();
        assertThat(Measure.REHANDLING.lowerIsBetter()).isTrue();
        assertThat(Measure.SATISFACTION_RATE.lowerIsBetter()).isFalse();
    }

    @Test
    void unitsBoundTheTargets() {
        assertThat(Measure.Unit.PERCENT.allows(100)).isTrue();
        assertThat(Measure.Unit.PERCENT.allows(101)).isFalse();
        assertThat(Measure.Unit.RATING.allows(0.5)).isFalse();
        assertThat(Measure.Unit.COUNT.allows(-1)).isFalse();
    }

    @Test
    void gradeBandsIncludeTheirLowestScore() {
        QualityProperties.Grades grades = new QualityProperties.Grades(90, 75, 60);
        assertThat(grades.of(100)).isEqualTo(Grade.EXCELLENT);
        assertThat(grades.of(90)).isEqualTo(Grade.EXCELLENT);
        assertThat(grades.of(89.99)).isEqualTo(Grade.GOOD);
        assertThat(grades.of(75)).isEqualTo(Grade.GOOD);
        assertThat(grades.of(60)).isEqualTo(Grade.FAIR);
        assertThat(grades.of(59.9)).isEqualTo(Grade.POOR);
        assertThat(grades.of(0)).isEqualTo(Grade.POOR);
    }

    @Test
    void gradeBandsAreConfigurableButMustFall() {
        assertThat(new QualityProperties.Grades(80, 70, 50).of(72)).isEqualTo(Grade.GOOD);
        assertThatThrownBy(() -> new QualityProperties.Grades(70, 80, 50)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultSetHasEveryMeasureOnce() {
        assertThat(QualityProperties.defaults().indicators()).extracting(QualityProperties.DefaultIndicator::measure)
                .containsExactlyInAnyOrder(Measure.values());
        assertThat(QualityProperties.defaults().indicators())
                .allSatisfy(d -> assertThat(d.measure().unit().allows(d.target())).isTrue());
    }
}
