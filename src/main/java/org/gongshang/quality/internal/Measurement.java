package org.gongshang.quality.internal;

import java.util.List;

import org.gongshang.quality.Evidence;
import org.jspecify.annotations.Nullable;

/**
 * A measure's result for one consultation: the value (null: nothing to measure yet), the counts it
 * came from, and the records behind it.
 */
public record Measurement(@Nullable Double value, @Nullable Double numerator, @Nullable Double denominator,
        List<Evidence> evidence) {

    public Measurement {
        evidence = List.copyOf(evidence);
    }

    public static Measurement none(List<Evidence> evidence) {
        return new Measurement(null, null, null, evidence);
    }

    /** A percentage of {@code part} in {@code whole}; none when the whole is empty. */
    public static Measurement percent(double part, double whole, List<Evidence> evidence) {
        return whole <= 0 ? new Measurement(null, part, whole, evidence)
                : new Measurement(round(100 * part / whole), part, whole, evidence);
    }

    /** A mean of {@code sum} over {@code count}; none without anything counted. */
    public static Measurement mean(double sum, double count, List<Evidence> evidence) {
        return count <= 0 ? new Measurement(null, sum, count, evidence) : new Measurement(round(sum / count), sum, count, evidence);
    }

    public static Measurement count(double count, List<Evidence> evidence) {
        return new Measurement(count, null, null, evidence);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
