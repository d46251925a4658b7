package org.gongshang.quality;

import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The quality evaluation's rules ({@code gongshang.quality.*}).
 *
 * @param indicators the default set a committee starts a year with (measure, target, weight, public)
 * @param grades the lowest score of each grade band
 * @param transferWorkingDays recommendations count as transferred in time within this many working days of the final minutes
 * @param rubric the panel's questions, each a key of {@code quality.rubric.<key>} in the bundle
 * @param refreshTime when the daily job recomputes open evaluations (deadlines pass without an event), China time
 */
@ConfigurationProperties("gongshang.quality")
public record QualityProperties(@Nullable List<DefaultIndicator> indicators, @DefaultValue Grades grades,
        @DefaultValue("5") int transferWorkingDays,
        @DefaultValue({"topic", "preparation", "voice", "consensus", "results"}) List<String> rubric,
        @DefaultValue("02:30") LocalTime refreshTime) {

    /** An indicator of the default set. */
    public record DefaultIndicator(Measure measure, double target, double weight, boolean isPublic) {
    }

    /** The lowest score of 优秀, 良好 and 一般; below the last one, 较差. */
    public record Grades(@DefaultValue("90") double excellent, @DefaultValue("75") double good,
            @DefaultValue("60") double fair) {

        public Grades {
            if (!(excellent >= good && good >= fair && fair >= 0 && excellent <= 100)) {
                throw new IllegalArgumentException("gongshang.quality.grades must fall: excellent ≥ good ≥ fair ≥ 0");
            }
        }

        public Grade of(double score) {
            return score >= excellent ? Grade.EXCELLENT : score >= good ? Grade.GOOD : score >= fair ? Grade.FAIR : Grade.POOR;
        }
    }

    public static final List<DefaultIndicator> DEFAULT_INDICATORS = List.of(
            new DefaultIndicator(Measure.BRIEFING_READ, 80, 5, true),
            new DefaultIndicator(Measure.LEAD_TIME_KEPT, 100, 3, false),
            new DefaultIndicator(Measure.RESEARCH_DONE, 100, 3, false),
            new DefaultIndicator(Measure.RESIDENT_ATTENDANCE, 40, 6, true),
            new DefaultIndicator(Measure.CATEGORIES_PRESENT, 4, 3, true),
            new DefaultIndicator(Measure.MEMBERS_PRESENT, 2, 2, false),
            new DefaultIndicator(Measure.RESIDENT_SPEAKING, 35, 6, true),
            new DefaultIndicator(Measure.SPEAKING_GINI, 0.35, 3, false),
            new DefaultIndicator(Measure.OPINIONS_PER_PARTICIPANT, 0.5, 3, false),
            new DefaultIndicator(Measure.RECOMMENDATIONS_MADE, 2, 3, true),
            new DefaultIndicator(Measure.TRANSFERRED_IN_TIME, 100, 4, false),
            new DefaultIndicator(Measure.SIGNED_ON_TIME, 100, 3, false),
            new DefaultIndicator(Measure.REPLIED_ON_TIME, 100, 6, true),
            new DefaultIndicator(Measure.REPLY_GRADE, 70, 5, true),
            new DefaultIndicator(Measure.IMPLEMENTED, 80, 6, true),
            new DefaultIndicator(Measure.SATISFACTION_RATE, 85, 10, true),
            new DefaultIndicator(Measure.SURVEY_RATING, 4, 5, true),
            new DefaultIndicator(Measure.REHANDLING, 10, 4, false),
            new DefaultIndicator(Measure.FOLLOW_UP_COVERAGE, 100, 4, true),
            new DefaultIndicator(Measure.FOLLOW_UP_RECORDS, 2, 2, false),
            new DefaultIndicator(Measure.RETURN_VISITS, 1, 3, false),
            new DefaultIndicator(Measure.PANEL_SCORE, 4, 8, true));

    public QualityProperties {
        indicators = indicators == null || indicators.isEmpty() ? DEFAULT_INDICATORS : List.copyOf(indicators);
        rubric = List.copyOf(rubric);
        if (transferWorkingDays < 1 || rubric.isEmpty()) {
            throw new IllegalArgumentException("gongshang.quality: transfer-working-days ≥ 1 and a rubric question are needed");
        }
    }

    public static QualityProperties defaults() {
        return new QualityProperties(null, new Grades(90, 75, 60), 5,
                List.of("topic", "preparation", "voice", "consensus", "results"), LocalTime.of(2, 30));
    }
}
