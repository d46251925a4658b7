package org.gongshang.region.web;

import org.gongshang.region.Region;
import org.jspecify.annotations.Nullable;

/** A region as the API shows it. */
record RegionJson(String code, String name, String level, @Nullable String parentCode, boolean active) {

    static RegionJson of(Region region) {
        return new RegionJson(region.code(), region.name(), region.level().name(), region.parentCode(), region.active());
    }
}
