package org.gongshang.followup;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A follow-up was recorded: the quality evaluation counts follow-up coverage by it. */
public record FollowUpRecorded(long followUpId, FollowUpKind kind, String regionCode, LocalDate happenedOn,
        List<Long> recommendationIds, @Nullable Long consultationId, @Nullable Long topicId) {

    public FollowUpRecorded {
        recommendationIds = List.copyOf(recommendationIds);
    }
}
