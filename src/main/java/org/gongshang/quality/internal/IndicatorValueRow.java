package org.gongshang.quality.internal;

import org.gongshang.quality.Indicator;
import org.gongshang.quality.Measure;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An indicator as computed for an evaluation, with a copy of its definition (a closed evaluation keeps
 * the set it was scored with) and its evidence as JSON ({@link EvidenceCodec}).
 */
@Table("quality_indicator_value")
public record IndicatorValueRow(@Nullable String name, Measure measure, double target, double weight, boolean isPublic,
        @Nullable Double value, @Nullable Double numerator, @Nullable Double denominator, @Nullable Double score,
        String evidence) {

    static IndicatorValueRow of(Indicator indicator, Measurement measurement, String evidence) {
        Double value = measurement.value();
        Double score = value == null ? null
                : Measurement.round(indicator.measure().score(value, indicator.target()));
        return new IndicatorValueRow(indicator.name(), indicator.measure(), indicator.target(), indicator.weight(),
                indicator.isPublic(), value, measurement.numerator(), measurement.denominator(), score, evidence);
    }

    Indicator indicator(int position) {
        return new Indicator(position, name, measure, target, weight, isPublic);
    }
}
