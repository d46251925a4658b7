package org.gongshang.plan;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A line of a plan's version history. */
public record PlanVersionSummary(int number, PlanStatus status, int items, Instant createdAt,
        @Nullable Instant submittedAt, @Nullable Instant decidedAt, @Nullable String comment) {
}
