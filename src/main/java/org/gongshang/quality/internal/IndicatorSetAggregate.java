package org.gongshang.quality.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.gongshang.quality.Indicator;
import org.gongshang.quality.IndicatorDraft;
import org.gongshang.quality.IndicatorSet;
import org.gongshang.quality.Measure;
import org.gongshang.quality.QualityProperties.DefaultIndicator;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The indicators a committee evaluates its consultations of a year by. Each change checks the
 * indicator (a measure, a target its unit can reach, a weight above 0) and keeps at least one.
 */
@Table("quality_indicator_set")
public record IndicatorSetAggregate(@Id @Nullable Long id, long organizationId, String regionCode, int year,
        @MappedCollection(idColumn = "indicator_set_id", keyColumn = "position") List<IndicatorRow> indicators,
        @Version @Nullable Long version) {

    public static final int MAX_INDICATORS = 40;
    public static final double MAX_WEIGHT = 100;

    public IndicatorSetAggregate {
        indicators = List.copyOf(indicators);
    }

    /** A committee's set for a year, starting from the configured defaults. */
    public static IndicatorSetAggregate startingWith(long organizationId, String regionCode, int year,
            List<DefaultIndicator> defaults) {
        return new IndicatorSetAggregate(null, organizationId, regionCode, year,
                defaults.stream().map(d -> new IndicatorRow(null, d.measure(), d.target(), d.weight(), d.isPublic())).toList(),
                null);
    }

    public IndicatorSetAggregate adding(IndicatorDraft draft) {
        if (indicators.size() >= MAX_INDICATORS) {
            throw DomainException.conflict("quality.indicator.too-many", MAX_INDICATORS);
        }
        List<IndicatorRow> next = new ArrayList<>(indicators);
        next.add(row(draft));
        return with(next);
    }

    public IndicatorSetAggregate changing(int position, IndicatorDraft draft) {
        require(position);
        List<IndicatorRow> next = new ArrayList<>(indicators);
        next.set(position, row(draft));
        return with(next);
    }

    public IndicatorSetAggregate removing(int position) {
        require(position);
        if (indicators.size() == 1) {
            throw DomainException.conflict("quality.indicator.last");
        }
        List<IndicatorRow> next = new ArrayList<>(indicators);
        next.remove(position);
        return with(next);
    }

    public IndicatorSet view() {
        return new IndicatorSet(id == null ? 0 : id, organizationId, regionCode, year,
                IntStream.range(0, indicators.size()).mapToObj(i -> indicators.get(i).view(i)).toList(),
                version == null ? 0 : version);
    }

    /** The problems of an indicator as entered, all at once; empty when it may be kept. */
    public static List<FieldProblem> problemsOf(IndicatorDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.name() != null && draft.name().length() > Indicator.MAX_NAME) {
            problems.add(new FieldProblem("name", "quality.indicator.name-too-long", Indicator.MAX_NAME));
        }
        Measure measure = draft.measure();
        if (measure == null) {
            problems.add(new FieldProblem("measure", "quality.indicator.measure-required"));
        }
        Double target = draft.target();
        if (target == null || !Double.isFinite(target) || measure != null && !measure.unit().allows(target)) {
            Measure.Unit unit = measure == null ? Measure.Unit.PERCENT : measure.unit();
            problems.add(new FieldProblem("target", "quality.indicator.target-range", fmt(unit.min()), fmt(unit.max())));
        }
        Double weight = draft.weight();
        if (weight == null || !Double.isFinite(weight) || weight <= 0 || weight > MAX_WEIGHT) {
            problems.add(new FieldProblem("weight", "quality.indicator.weight-range", fmt(MAX_WEIGHT)));
        }
        return problems;
    }

    private static IndicatorRow row(IndicatorDraft draft) {
        List<FieldProblem> problems = problemsOf(draft);
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        return new IndicatorRow(draft.name(), draft.measure(), draft.target(), draft.weight(), draft.isPublic());
    }

    private void require(int position) {
        if (position < 0 || position >= indicators.size()) {
            throw DomainException.notFound("quality.indicator.unknown", position);
        }
    }

    private IndicatorSetAggregate with(List<IndicatorRow> next) {
        return new IndicatorSetAggregate(id, organizationId, regionCode, year, next, version);
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
