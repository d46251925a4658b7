package org.gongshang.quality;

import org.jspecify.annotations.Nullable;

/**
 * An indicator of a set: what is measured, under which name (null: the measure's own, in the
 * reader's language), the target, the weight in the score, and whether the public sees it.
 */
public record Indicator(int position, @Nullable String name, Measure measure, double target, double weight,
        boolean isPublic) {

    public static final int MAX_NAME = 60;

    public IndicatorGroup group() {
        return measure.group();
    }
}
