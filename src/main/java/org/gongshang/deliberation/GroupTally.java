package org.gongshang.deliberation;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A show of hands recorded at a meeting: counts of a group, never participants. */
public record GroupTally(long id, long deliberationId, long statementId, String meeting, LocalDate heldOn, int agrees,
        int disagrees, int passes, @Nullable String note, long enteredBy, Instant enteredAt) {
}
