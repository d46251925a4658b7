package org.gongshang.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The satisfaction rule (default: UNSATISFIED when unsatisfied ratings are more than a third of
 * those cast) and the configuration of grades and periods, as an operator would write it.
 */
class SatisfactionRuleTests {

    static final OutcomeProperties DEFAULTS = OutcomeProperties.defaults();

    @ParameterizedTest(name = "{0} satisfied, {1} basically, {2} unsatisfied → {3}")
    @CsvSource({
            "0, 0, 0, NOT_RATED",
            "2, 0, 1, SATISFIED",            // exactly a third is not more than a third
            "1, 0, 2, UNSATISFIED",
            "4, 1, 2, SATISFIED",            // 2 of 7 is less than a third: the others decide
            "5, 2, 3, SATISFIED",            // 3 of 10 too
            "3, 3, 4, UNSATISFIED",          // 4 of 10 is more
            "1, 3, 0, BASICALLY_SATISFIED",
            "2, 2, 0, SATISFIED",
            "0, 0, 1, UNSATISFIED"})
    void theDefaultRuleSendsItBackWhenMoreThanAThirdAreUnsatisfied(int satisfied, int basically, int unsatisfied,
            SatisfactionResult expected) {
        assertThat(DEFAULTS.decide(satisfied, basically, unsatisfied)).isEqualTo(expected);
    }

    @Test
    void aShareIsExactSoThatOneOfThreeIsNotMoreThanAThird() {
        Share third = Share.of(" 1/3 ");
        assertThat(third.exceededBy(1, 3)).isFalse();
        assertThat(third.exceededBy(333_334, 1_000_000)).isTrue();
        assertThat(third).hasToString("1/3");
        assertThatThrownBy(() -> Share.of("0.33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Share.of("4/3")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultsAreThreeMonthsSixWithAnExtensionAndTheGradesABC() {
        assertThat(DEFAULTS.handlingWorkingDays()).isEqualTo(63);
        assertThat(DEFAULTS.maxWorkingDays()).isEqualTo(126);
        assertThat(DEFAULTS.disputeWorkingDays()).isEqualTo(7);
        assertThat(DEFAULTS.coOpinionWorkingDays()).isEqualTo(21);
        assertThat(DEFAULTS.grades()).extracting(ReplyGrade::code).containsExactly("A", "B", "C");
        assertThat(DEFAULTS.grade(" b ").orElseThrow().kind()).isEqualTo(ReplyGradeKind.BEING_SOLVED);
        assertThat(DEFAULTS.grade("D")).isEmpty();
        assertThat(DEFAULTS.grade(null)).isEmpty();
        assertThat(DEFAULTS.grade("A").orElseThrow().name(Locale.ENGLISH)).isEqualTo("Solved or basically solved");
    }

    @Test
    void placesConfigureTheirOwnGradesRuleAndReminderSteps() {
        OutcomeProperties configured = bind(Map.of(
                "gongshang.outcome.unsatisfied-share", "1/2",
                "gongshang.outcome.reminder-offsets", "3,-5,0,-5",
                "gongshang.outcome.grades[0].code", "甲",
                "gongshang.outcome.grades[0].kind", "SOLVED",
                "gongshang.outcome.grades[0].name-zh", "已解决",
                "gongshang.outcome.grades[0].name-en", "Solved",
                "gongshang.outcome.grades[1].code", "乙",
                "gongshang.outcome.grades[1].kind", "FOR_REFERENCE",
                "gongshang.outcome.grades[1].name-zh", "留作参考",
                "gongshang.outcome.grades[1].name-en", "For reference"));
        assertThat(configured.grades()).extracting(ReplyGrade::code).containsExactly("甲", "乙");
        assertThat(configured.grade("A")).isEmpty();
        assertThat(configured.decide(2, 0, 1)).isEqualTo(SatisfactionResult.SATISFIED);
        assertThat(configured.decide(1, 0, 2)).isEqualTo(SatisfactionResult.UNSATISFIED);
        assertThat(configured.decide(1, 1, 2)).as("half is not more than half").isEqualTo(SatisfactionResult.SATISFIED);
        assertThat(configured.reminderOffsets()).as("sorted, each once").containsExactly(-5, 0, 3);
        assertThat(configured.handlingWorkingDays()).isEqualTo(63);
    }

    @Test
    void aHandlingPeriodLongerThanTheMaximumIsRefusedAtStart() {
        assertThatThrownBy(() -> bind(Map.of("gongshang.outcome.handling-working-days", "200")))
                .hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    private static OutcomeProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("gongshang.outcome", OutcomeProperties.class);
    }
}
