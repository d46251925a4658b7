package org.gongshang.quality;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An indicator as computed for one consultation.
 *
 * @param value null when there is nothing to measure yet (no recommendation replied, nobody spoke…):
 *     the indicator then does not count in the score
 * @param numerator and {@code denominator}: the counts a share or a mean was computed from, when it is one
 * @param score 0–100 against the target, null without a value
 * @param evidence the records behind the value
 */
public record IndicatorResult(Indicator indicator, @Nullable Double value, @Nullable Double numerator,
        @Nullable Double denominator, @Nullable Double score, List<Evidence> evidence) {

    public IndicatorResult {
        evidence = List.copyOf(evidence);
    }

    public boolean measured() {
        return value != null;
    }
}
