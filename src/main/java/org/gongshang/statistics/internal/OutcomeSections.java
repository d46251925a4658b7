package org.gongshang.statistics.internal;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.gongshang.outcome.DepartmentFigures;
import org.gongshang.outcome.OutcomeStatistics;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.statistics.StatisticsSection;
import org.gongshang.statistics.StatisticsTable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outcome sections, from the outcome module's roll-ups: the pipeline (transferred, replied on time
 * or late, solved, satisfied, sent back, handled and overdue now) and the department league table (办理
 *质量), ranked by on-time rate, then the share of replies graded solved, then satisfaction, then the
 * fewest sent back for re-handling.
 */
@Configuration(proxyBeanMethods = false)
class OutcomeSections {

    static final Comparator<DepartmentFigures> LEAGUE = Comparator.comparingDouble(DepartmentFigures::onTimeRate).reversed()
            .thenComparing(Comparator.comparingDouble(DepartmentFigures::solvedShare).reversed())
            .thenComparing(Comparator.comparingDouble(DepartmentFigures::satisfactionRate).reversed())
            .thenComparingLong(DepartmentFigures::unsatisfied)
            .thenComparingLong(DepartmentFigures::organizationId);

    @Bean
    StatisticsSection outcomePipelineSection(OutcomeStatistics outcomes) {
        return new TableSection("outcome-pipeline", 40, (filter, viewer) -> {
            List<DepartmentFigures> all = outcomes.departments(filter.year(), filter.districtCode(), viewer);
            if (all.isEmpty()) {
                return new StatisticsTable("statistics.stage", List.of("statistics.recommendations"), List.of());
            }
            return new StatisticsTable("statistics.stage", List.of("statistics.recommendations"), List.of(
                    stage("transferred", all, DepartmentFigures::transferred),
                    stage("replied-on-time", all, DepartmentFigures::repliedOnTime),
                    stage("replied-late", all, DepartmentFigures::repliedLate),
                    stage("solved", all, DepartmentFigures::solved),
                    stage("satisfied", all, figures -> figures.satisfied() + figures.basicallySatisfied()),
                    stage("unsatisfied", all, DepartmentFigures::unsatisfied),
                    stage("handling-now", all, DepartmentFigures::handlingNow),
                    stage("overdue-now", all, DepartmentFigures::overdueNow)));
        });
    }

    @Bean
    StatisticsSection departmentLeagueSection(OutcomeStatistics outcomes, Organizations organizations) {
        return departments("department-league", 41, outcomes, organizations, List.of("replied-on-time", "replied-late",
                "overdue-now"), figures -> List.of(figures.repliedOnTime(), figures.repliedLate(), figures.overdueNow()));
    }

    @Bean
    StatisticsSection departmentGradesSection(OutcomeStatistics outcomes, Organizations organizations) {
        return departments("department-grades", 42, outcomes, organizations, List.of("solved", "being-solved", "for-reference"),
                figures -> List.of(figures.solved(), figures.beingSolved(), figures.forReference()));
    }

    @Bean
    StatisticsSection departmentSatisfactionSection(OutcomeStatistics outcomes, Organizations organizations) {
        return departments("department-satisfaction", 43, outcomes, organizations,
                List.of("satisfied", "basically-satisfied", "unsatisfied"),
                figures -> List.of(figures.satisfied(), figures.basicallySatisfied(), figures.unsatisfied()));
    }

    private static StatisticsSection departments(String key, int order, OutcomeStatistics outcomes, Organizations organizations,
            List<String> columns, Function<DepartmentFigures, List<Long>> values) {
        return new TableSection(key, order, (filter, viewer) -> new StatisticsTable("statistics.department",
                columns.stream().map(column -> "statistics.outcome." + column).toList(),
                outcomes.departments(filter.year(), filter.districtCode(), viewer).stream().sorted(LEAGUE)
                        .filter(figures -> values.apply(figures).stream().anyMatch(value -> value != 0))
                        .map(figures -> new StatisticsTable.Row(organizations.find(figures.organizationId())
                                .map(Organization::name).orElse("#" + figures.organizationId()), null, values.apply(figures)))
                        .toList()));
    }

    private static StatisticsTable.Row stage(String stage, List<DepartmentFigures> all, Function<DepartmentFigures, Long> value) {
        return new StatisticsTable.Row(stage, "statistics.outcome." + stage, List.of(all.stream().mapToLong(value::apply).sum()));
    }
}
