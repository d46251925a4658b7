package org.gongshang.emergency;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One step on an event's timeline, with the name of who took it (null for the platform itself). */
public record Step(StepKind kind, Instant at, @Nullable Long actorId, @Nullable String actorName, @Nullable String detail,
        @Nullable Long reference) {
}
