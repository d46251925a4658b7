package org.gongshang.followup;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A follow-up as the quality evaluation counts it: how and when, on what; no findings, no people. */
public record LinkedFollowUp(long id, FollowUpKind kind, LocalDate happenedOn, List<Long> recommendationIds,
        @Nullable Long consultationId) {

    public LinkedFollowUp {
        recommendationIds = List.copyOf(recommendationIds);
    }
}
