package org.gongshang.quality;

import org.gongshang.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * An indicator as staff enter it. A blank name means the measure's own name.
 *
 * @param target in the measure's unit (percent 0–100 for shares, 1–5 for ratings)
 * @param weight its weight in the score, more than 0 and at most 100
 */
public record IndicatorDraft(@Nullable String name, @Nullable Measure measure, @Nullable Double target,
        @Nullable Double weight, boolean isPublic) {

    public IndicatorDraft {
        name = Text.blankToNull(name);
        name = name == null ? null : name.strip();
    }
}
