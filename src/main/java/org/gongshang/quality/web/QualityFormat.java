package org.gongshang.quality.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.gongshang.quality.Measure;
import org.jspecify.annotations.Nullable;

/** Values as people read them: percentages with a % sign, counts whole, other numbers with two decimals. */
final class QualityFormat {

    static final String NONE = "—";

    private QualityFormat() {
    }

    static String value(@Nullable Double value, Measure.Unit unit) {
        if (value == null) {
            return NONE;
        }
        return switch (unit) {
            case PERCENT -> number(value, "0.#") + "%";
            case COUNT -> number(value, "0.#");
            case NUMBER, RATING -> number(value, "0.00");
        };
    }

    static String score(@Nullable Double score) {
        return score == null ? NONE : number(score, "0.0");
    }

    static String number(double value, String pattern) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
