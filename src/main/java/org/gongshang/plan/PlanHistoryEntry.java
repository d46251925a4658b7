package org.gongshang.plan;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A step in a plan's life: created, submitted, returned (with the comment), approved, amended. */
public record PlanHistoryEntry(int version, Step step, long actorId, String actorName, Instant at,
        @Nullable String comment) {

    public enum Step {
        CREATED, SUBMITTED, RETURNED, APPROVED, AMENDED
    }
}
