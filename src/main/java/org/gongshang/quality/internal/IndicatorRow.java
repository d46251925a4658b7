package org.gongshang.quality.internal;

import org.gongshang.quality.Indicator;
import org.gongshang.quality.Measure;
import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** An indicator as its set keeps it; its position in the set is the row's key. */
@Table("quality_indicator")
public record IndicatorRow(@Nullable String name, Measure measure, double target, double weight, boolean isPublic) {

    Indicator view(int position) {
        return new Indicator(position, name, measure, target, weight, isPublic);
    }
}
