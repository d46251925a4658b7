package org.gongshang.outcome;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** The lead department's request for more time (申请延期), and the staff's decision. */
public record ExtensionRequest(long id, long recommendationId, int workingDays, String reason, long requestedBy,
        Instant requestedAt, @Nullable Boolean approved, @Nullable Long decidedBy, @Nullable Instant decidedAt,
        @Nullable String decisionNote, @Nullable LocalDate newDueOn) {

    public boolean isPending() {
        return approved == null;
    }
}
