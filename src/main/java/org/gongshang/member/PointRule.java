package org.gongshang.member;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A committee's rule for an activity from a day on: points per record, at most so many points a
 * year, at least so many records a year. {@code effectiveFrom} is null for the configured default,
 * which applies until the committee sets its own.
 */
public record PointRule(DutyActivity activity, @Nullable LocalDate effectiveFrom, int points, @Nullable Integer yearlyCap,
        @Nullable Integer yearlyMinimum) {
}
