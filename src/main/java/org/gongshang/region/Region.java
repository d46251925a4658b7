package org.gongshang.region;

import org.jspecify.annotations.Nullable;

/** An administrative division: 达州市 511700, 通川区 511702, a street, a community, a grid. */
public record Region(String code, String name, RegionLevel level, @Nullable String parentCode, boolean active) {

    /** The longest name a region may have, in characters. */
    public static final int MAX_NAME = 60;
}
