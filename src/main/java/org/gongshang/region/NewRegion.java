package org.gongshang.region;

import org.gongshang.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * A region to add to the division tree, e.g. 511723001000 新宁镇, a township below 511723.
 * Surrounding spaces are dropped; a blank parent means none (only a city has none).
 */
public record NewRegion(String code, String name, RegionLevel level, @Nullable String parentCode) {

    public NewRegion {
        code = code.strip();
        name = name.strip();
        parentCode = Text.blankToNull(parentCode);
    }
}
