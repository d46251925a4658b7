package org.gongshang.plan;

import org.jspecify.annotations.Nullable;

/** Filters of the plan list; null means any. {@code region} includes the regions below it. */
public record PlanQuery(@Nullable Long organizationId, @Nullable Integer year, @Nullable PlanStatus status,
        @Nullable String region) {

    public static PlanQuery all() {
        return new PlanQuery(null, null, null, null);
    }
}
