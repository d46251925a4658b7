package org.gongshang.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.gongshang.consultation.Consultations;
import org.gongshang.identity.Actor;
import org.gongshang.quality.internal.EvaluationAggregate;
import org.gongshang.quality.internal.EvaluationRepository;
import org.gongshang.quality.internal.EvidenceCodec;
import org.gongshang.quality.internal.IndicatorValueRow;
import org.gongshang.quality.internal.QualityAccess;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Consultations' evaluations as the report, the public page and the lists read them. Every number comes
 * with its evidence; the public sees the grade and the public indicators of closed evaluations only.
 */
@Service
public class Evaluations {

    private static final String LISTING = """
            select consultation_id, title, region_code, district_code, organization_id, kind, form, year, status, score, grade,
                   measured, computed_at, closed_at
            from quality_evaluation e
            where (cast(:year as int) is null or e.year = :year)
              and (cast(:districtCode as text) is null or e.district_code = :districtCode)
              and (cast(:organizationId as bigint) is null or e.organization_id = :organizationId)
              and (cast(:kind as text) is null or e.kind = :kind)
              and (cast(:form as text) is null or e.form = :form)
            """;

    private final EvaluationRepository evaluations;
    private final Consultations consultations;
    private final QualityAccess access;
    private final JdbcClient jdbc;

    Evaluations(EvaluationRepository evaluations, Consultations consultations, QualityAccess access, JdbcClient jdbc) {
        this.evaluations = evaluations;
        this.consultations = consultations;
        this.access = access;
        this.jdbc = jdbc;
    }

    /**
     * The report: every indicator with value, target, score and evidence.
     *
     * @throws DomainException NOT_FOUND when the viewer may not see the consultation or it has no evaluation
     *     yet, FORBIDDEN when they see the consultation but not its evaluation
     */
    public QualityEvaluation get(long consultationId, Actor viewer) {
        access.requireView(consultationId, viewer);
        return find(consultationId).orElseThrow(() -> DomainException.notFound("quality.evaluation.none", consultationId));
    }

    /** For other modules and jobs: the evaluation regardless of who asks. */
    public Optional<QualityEvaluation> find(long consultationId) {
        return evaluations.findById(consultationId).map(Evaluations::view);
    }

    /** What the public sees: a closed evaluation of a consultation the public may see, without evidence. */
    public Optional<QualityEvaluation> published(long consultationId) {
        boolean visible = consultations.find(consultationId).map(c -> c.isPubliclyVisible()).orElse(false);
        return visible ? find(consultationId).filter(QualityEvaluation::isClosed).map(Evaluations::withoutEvidence)
                : Optional.empty();
    }

    public boolean mayManage(Actor actor, QualityEvaluation evaluation) {
        return access.mayManage(actor, evaluation.regionCode());
    }

    /** The evaluations in the viewer's regions (staff and reviewers), best first, at most {@code limit}. */
    public List<EvaluationListing> list(EvaluationFilter filter, Actor viewer, int limit) {
        List<String> roots = access.regionRoots(viewer);
        if (roots != null && roots.isEmpty()) {
            throw DomainException.forbidden("quality.scope.none");
        }
        String scope = roots == null ? "" : " and exists (select 1 from unnest(cast(:roots as text[])) root"
                + " where e.region_code like root || '%')";
        return jdbc.sql(LISTING + scope + " order by e.year desc, e.score desc nulls last, e.consultation_id desc limit :limit")
                .params(Params.of(filter).named())
                .param("roots", roots == null ? new String[0] : roots.toArray(String[]::new))
                .param("limit", Math.clamp(limit, 1, 500))
                .query(EvaluationListing.class).list();
    }

    /** Closed evaluations of consultations open to the public, newest first: the open data set of grades. */
    public List<EvaluationListing> publishedListing(int limit) {
        return jdbc.sql(LISTING + " and e.status = 'CLOSED' and e.open_to_public order by e.closed_at desc limit :limit")
                .params(Params.of(EvaluationFilter.any()).named()).param("limit", Math.clamp(limit, 1, 100_000))
                .query(EvaluationListing.class).list();
    }

    /** The filter as the SQL takes it: enums as their names. */
    record Params(@Nullable Integer year, @Nullable String districtCode, @Nullable Long organizationId,
            @Nullable String kind, @Nullable String form) {

        static Params of(EvaluationFilter filter) {
            return new Params(filter.year(), filter.districtCode(), filter.organizationId(),
                    filter.kind() == null ? null : filter.kind().name(), filter.form() == null ? null : filter.form().name());
        }

        /** As named parameters, to go with others (a statement takes either a source or named parameters). */
        Map<String, @Nullable Object> named() {
            Map<String, @Nullable Object> named = new HashMap<>();
            named.put("year", year);
            named.put("districtCode", districtCode);
            named.put("organizationId", organizationId);
            named.put("kind", kind);
            named.put("form", form);
            return named;
        }
    }

    static QualityEvaluation view(EvaluationAggregate evaluation) {
        List<IndicatorValueRow> values = evaluation.values();
        List<IndicatorResult> results = IntStream.range(0, values.size()).mapToObj(i -> {
            IndicatorValueRow row = values.get(i);
            return new IndicatorResult(indicator(row, i), row.value(), row.numerator(), row.denominator(), row.score(),
                    EvidenceCodec.decode(row.evidence()));
        }).toList();
        return new QualityEvaluation(evaluation.consultationId(), evaluation.title(), evaluation.regionCode(),
                evaluation.organizationId(), evaluation.kind(), evaluation.form(), evaluation.year(), evaluation.openToPublic(),
                evaluation.indicatorSetId(), evaluation.status(), evaluation.score(), evaluation.grade(), results,
                evaluation.computedAt(), evaluation.closedAt(), evaluation.version() == null ? 0 : evaluation.version());
    }

    private static Indicator indicator(IndicatorValueRow row, int position) {
        return new Indicator(position, row.name(), row.measure(), row.target(), row.weight(), row.isPublic());
    }

    private static QualityEvaluation withoutEvidence(QualityEvaluation evaluation) {
        List<IndicatorResult> results = new ArrayList<>();
        for (IndicatorResult result : evaluation.indicators()) {
            results.add(new IndicatorResult(result.indicator(), result.value(), result.numerator(), result.denominator(),
                    result.score(), List.of()));
        }
        return new QualityEvaluation(evaluation.consultationId(), evaluation.title(), evaluation.regionCode(),
                evaluation.organizationId(), evaluation.kind(), evaluation.form(), evaluation.year(), evaluation.openToPublic(),
                evaluation.indicatorSetId(), evaluation.status(), evaluation.score(), evaluation.grade(), results,
                evaluation.computedAt(), evaluation.closedAt(), evaluation.version());
    }
}
