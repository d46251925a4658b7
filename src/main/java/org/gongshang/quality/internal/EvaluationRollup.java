package org.gongshang.quality.internal;

import org.gongshang.quality.Grade;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The roll-ups behind the aggregates pages, changed with every evaluation by the difference between
 * its old and new state: the old state's contribution is taken off, the new one's added, with atomic
 * upserts, so evaluations saved at the same moment never lose each other's counts.
 */
@Repository
public class EvaluationRollup {

    private final JdbcClient jdbc;

    EvaluationRollup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(@Nullable EvaluationAggregate before, EvaluationAggregate after) {
        if (before != null) {
            apply(before, -1);
        }
        apply(after, 1);
    }

    private void apply(EvaluationAggregate evaluation, int sign) {
        Grade grade = evaluation.grade();
        Double score = evaluation.score();
        jdbc.sql("""
                insert into quality_rollup as r (year, district_code, organization_id, kind, form, evaluations, scored, score_sum,
                                                 excellent, good, fair, poor)
                values (:year, :district, :organization, :kind, :form, :n, :scored, :sum, :excellent, :good, :fair, :poor)
                on conflict (year, district_code, organization_id, kind, form) do update set
                    evaluations = r.evaluations + excluded.evaluations, scored = r.scored + excluded.scored,
                    score_sum = r.score_sum + excluded.score_sum, excellent = r.excellent + excluded.excellent,
                    good = r.good + excluded.good, fair = r.fair + excluded.fair, poor = r.poor + excluded.poor""")
                .param("year", evaluation.year()).param("district", evaluation.districtCode())
                .param("organization", evaluation.organizationId()).param("kind", evaluation.kind().name())
                .param("form", evaluation.form().name()).param("n", sign)
                .param("scored", score == null ? 0 : sign).param("sum", score == null ? 0 : sign * score)
                .param("excellent", grade == Grade.EXCELLENT ? sign : 0).param("good", grade == Grade.GOOD ? sign : 0)
                .param("fair", grade == Grade.FAIR ? sign : 0).param("poor", grade == Grade.POOR ? sign : 0)
                .update();
        for (IndicatorValueRow value : evaluation.values()) {
            if (value.score() == null) {
                continue;
            }
            jdbc.sql("""
                    insert into quality_indicator_rollup as r (year, district_code, organization_id, kind, form, measure, scored, score_sum)
                    values (:year, :district, :organization, :kind, :form, :measure, :scored, :sum)
                    on conflict (year, district_code, organization_id, kind, form, measure) do update set
                        scored = r.scored + excluded.scored, score_sum = r.score_sum + excluded.score_sum""")
                    .param("year", evaluation.year()).param("district", evaluation.districtCode())
                    .param("organization", evaluation.organizationId()).param("kind", evaluation.kind().name())
                    .param("form", evaluation.form().name()).param("measure", value.measure().name())
                    .param("scored", sign).param("sum", sign * value.score())
                    .update();
        }
    }
}
