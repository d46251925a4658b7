package org.gongshang.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongshang.identity.Actor;
import org.gongshang.quality.QualityAggregate.By;
import org.gongshang.quality.QualityAggregate.WeakIndicator;
import org.gongshang.quality.internal.QualityAccess;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.region.Region;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Evaluations rolled up by organisation, district, kind and form, or year, read from the roll-ups
 * that every evaluation keeps current (a few hundred rows, never the evaluations themselves), with
 * the weakest indicators of each. Staff and reviewers see their districts; a city sees all of its own.
 */
@Service
public class QualityAggregates {

    /** How many weakest indicators each row names. */
    static final int WEAKEST = 3;

    private static final String WHERE = """
            where (cast(:year as int) is null or year = :year)
              and (cast(:districtCode as text) is null or district_code = :districtCode)
              and (cast(:organizationId as bigint) is null or organization_id = :organizationId)
              and (cast(:kind as text) is null or kind = :kind)
              and (cast(:form as text) is null or form = :form)
              and (:all or district_code = any(:districts))
            """;

    private final QualityAccess access;
    private final Organizations organizations;
    private final Regions regions;
    private final JdbcClient jdbc;

    QualityAggregates(QualityAccess access, Organizations organizations, Regions regions, JdbcClient jdbc) {
        this.access = access;
        this.organizations = organizations;
        this.regions = regions;
        this.jdbc = jdbc;
    }

    /**
     * @throws DomainException FORBIDDEN for viewers who are neither staff nor reviewers of a city or
     *     district, or who ask for a district outside theirs
     */
    public List<QualityAggregate> by(By dimension, EvaluationFilter filter, Actor viewer) {
        Set<String> districts = access.districts(viewer);
        if (districts != null && districts.isEmpty()) {
            throw DomainException.forbidden("quality.scope.none");
        }
        if (districts != null && filter.districtCode() != null && !districts.contains(filter.districtCode())) {
            throw DomainException.forbidden("identity.scope.outside", filter.districtCode());
        }
        String key = switch (dimension) {
            case ORGANIZATION -> "cast(organization_id as text)";
            case DISTRICT -> "district_code";
            case KIND_FORM -> "kind || '/' || form";
            case YEAR -> "cast(year as text)";
        };
        Evaluations.Params params = Evaluations.Params.of(filter);
        String[] scope = districts == null ? new String[0] : districts.toArray(String[]::new);
        Map<String, List<WeakIndicator>> weakest = weakest(key, params, districts == null, scope);
        return jdbc.sql("select " + key + " as key, sum(evaluations) as evaluations, sum(scored) as scored,"
                        + " sum(score_sum) as score_sum, sum(excellent) as excellent, sum(good) as good, sum(fair) as fair,"
                        + " sum(poor) as poor from quality_rollup " + WHERE + " group by 1 having sum(evaluations) > 0 order by 1")
                .params(params.named()).param("all", districts == null).param("districts", scope)
                .query((rs, row) -> {
                    String k = rs.getString("key");
                    int scored = rs.getInt("scored");
                    Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
                    grades.put(Grade.EXCELLENT, rs.getInt("excellent"));
                    grades.put(Grade.GOOD, rs.getInt("good"));
                    grades.put(Grade.FAIR, rs.getInt("fair"));
                    grades.put(Grade.POOR, rs.getInt("poor"));
                    return new QualityAggregate(k, label(dimension, k), rs.getInt("evaluations"), scored,
                            scored == 0 ? null : round(rs.getDouble("score_sum") / scored), grades,
                            weakest.getOrDefault(k, List.of()));
                }).list();
    }

    private Map<String, List<WeakIndicator>> weakest(String key, Evaluations.Params params, boolean all, String[] scope) {
        Map<String, List<WeakIndicator>> byKey = new HashMap<>();
        jdbc.sql("select " + key + " as key, measure, sum(scored) as scored, sum(score_sum) as score_sum"
                        + " from quality_indicator_rollup " + WHERE + " group by 1, 2 having sum(scored) > 0")
                .params(params.named()).param("all", all).param("districts", scope)
                .query((rs, row) -> byKey.computeIfAbsent(rs.getString("key"), k -> new ArrayList<>())
                        .add(new WeakIndicator(Measure.valueOf(rs.getString("measure")),
                                round(rs.getDouble("score_sum") / rs.getInt("scored")), rs.getInt("scored"))))
                .list();
        Map<String, List<WeakIndicator>> lowest = new HashMap<>();
        byKey.forEach((k, indicators) -> lowest.put(k, indicators.stream()
                .filter(indicator -> indicator.meanScore() < 100)
                .sorted(Comparator.comparingDouble(WeakIndicator::meanScore).thenComparing(WeakIndicator::measure))
                .limit(WEAKEST).toList()));
        return lowest;
    }

    private String label(By dimension, String key) {
        return switch (dimension) {
            case ORGANIZATION -> organizations.find(Long.parseLong(key)).map(Organization::name).orElse("#" + key);
            case DISTRICT -> regions.find(key).map(Region::name).orElse(key);
            case KIND_FORM, YEAR -> key;
        };
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
