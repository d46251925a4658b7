package org.gongshang.quality;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Evaluations rolled up by one dimension: how many, their mean score, the grades, and the weakest
 * indicators (lowest mean score) to look at first.
 *
 * @param key the organisation id, district code, {@code KIND/FORM} or year
 * @param label what people read for the key (organisation or region name; kind and form are translated by the page)
 */
public record QualityAggregate(String key, String label, int evaluations, int scored, @Nullable Double meanScore,
        Map<Grade, Integer> grades, List<WeakIndicator> weakest) {

    public QualityAggregate {
        grades = Map.copyOf(grades);
        weakest = List.copyOf(weakest);
    }

    /** An indicator's mean score over the evaluations that measured it. */
    public record WeakIndicator(Measure measure, double meanScore, int scored) {
    }

    /** Which dimension evaluations are rolled up by. */
    public enum By {
        ORGANIZATION, DISTRICT, KIND_FORM, YEAR
    }
}
