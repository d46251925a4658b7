package org.gongshang.region.web;

import org.gongshang.region.Region;
import org.jspecify.annotations.Nullable;

/** A region as the API shows it. */
record RegionView(String code, String name, String level, @Nullable String parentCode, boolean active) {

    static RegionView of(Region region) {
        return new RegionView(region.code(), region.name(), region.level().name(), region.parentCode(), region.active());
    }
}
