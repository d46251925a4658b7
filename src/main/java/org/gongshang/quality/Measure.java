package org.gongshang.quality;

import org.jspecify.annotations.Nullable;

/**
 * How an indicator is computed from the records (the formulas are in docs/quality.md and, for people,
 * in the bundle as {@code quality.measure.<NAME>.formula}). Staff choose a measure for each indicator
 * and give it a name, a target and a weight; they cannot write formulas.
 */
public enum Measure {
    BRIEFING_READ(IndicatorGroup.PREPARATION, Unit.PERCENT, null),
    LEAD_TIME_KEPT(IndicatorGroup.PREPARATION, Unit.PERCENT, null),
    RESEARCH_DONE(IndicatorGroup.PREPARATION, Unit.PERCENT, null),
    RESIDENT_ATTENDANCE(IndicatorGroup.PARTICIPATION, Unit.PERCENT, null),
    CATEGORIES_PRESENT(IndicatorGroup.PARTICIPATION, Unit.COUNT, null),
    MEMBERS_PRESENT(IndicatorGroup.PARTICIPATION, Unit.COUNT, null),
    RESIDENT_SPEAKING(IndicatorGroup.VOICE, Unit.PERCENT, null),
    SPEAKING_GINI(IndicatorGroup.VOICE, Unit.NUMBER, 1.0),
    OPINIONS_PER_PARTICIPANT(IndicatorGroup.VOICE, Unit.NUMBER, null),
    RECOMMENDATIONS_MADE(IndicatorGroup.OUTCOMES, Unit.COUNT, null),
    TRANSFERRED_IN_TIME(IndicatorGroup.OUTCOMES, Unit.PERCENT, null),
    SIGNED_ON_TIME(IndicatorGroup.OUTCOMES, Unit.PERCENT, null),
    REPLIED_ON_TIME(IndicatorGroup.OUTCOMES, Unit.PERCENT, null),
    REPLY_GRADE(IndicatorGroup.OUTCOMES, Unit.PERCENT, null),
    IMPLEMENTED(IndicatorGroup.OUTCOMES, Unit.PERCENT, null),
    SATISFACTION_RATE(IndicatorGroup.SATISFACTION, Unit.PERCENT, null),
    SURVEY_RATING(IndicatorGroup.SATISFACTION, Unit.RATING, null),
    REHANDLING(IndicatorGroup.SATISFACTION, Unit.PERCENT, 100.0),
    FOLLOW_UP_COVERAGE(IndicatorGroup.FOLLOW_UP, Unit.PERCENT, null),
    FOLLOW_UP_RECORDS(IndicatorGroup.FOLLOW_UP, Unit.COUNT, null),
    RETURN_VISITS(IndicatorGroup.FOLLOW_UP, Unit.COUNT, null),
    PANEL_SCORE(IndicatorGroup.PANEL, Unit.RATING, null);

    /** How a value reads: a percentage (0–100), a count, another number, or a rating (1–5). */
    public enum Unit {
        PERCENT(0, 100), COUNT(0, 1_000_000), NUMBER(0, 1_000_000), RATING(1, 5);

        private final double min;
        private final double max;

        Unit(double min, double max) {
            this.min = min;
            this.max = max;
        }

        /** Whether a target can be reached at all in this unit. */
        public boolean allows(double target) {
            return target >= min && target <= max;
        }

        public double min() {
            return min;
        }

        public double max() {
            return max;
        }
    }

    private final IndicatorGroup group;
    private final Unit unit;
    private final @Nullable Double worst;

    /** @param worst for a measure where less is better, the value that scores nothing; null where more is better */
    Measure(IndicatorGroup group, Unit unit, @Nullable Double worst) {
        this.group = group;
        this.unit = unit;
        this.worst = worst;
    }

    public IndicatorGroup group() {
        return group;
    }

    public Unit unit() {
        return unit;
    }

    public boolean lowerIsBetter() {
        return worst != null;
    }

    /**
     * The score (0–100) of a value against its target. More is better: the share of the target
     * reached, at most 100. Less is better: 100 at or below the target, falling linearly to 0 at the
     * worst value.
     */
    public double score(double value, double target) {
        if (worst == null) {
            return target <= 0 ? 100 : Math.min(1, Math.max(0, value) / target) * 100;
        }
        if (value <= target) {
            return 100;
        }
        return worst <= target ? 0 : Math.max(0, (worst - value) / (worst - target)) * 100;
    }
}
