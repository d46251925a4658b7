package org.gongshang.plan;

import org.jspecify.annotations.Nullable;

/** A plan to start: for an organisation (a CPPCC committee or a grassroots organisation) and a year. */
public record NewPlan(@Nullable Long organizationId, @Nullable Integer year) {
}
