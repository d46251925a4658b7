package org.gongshang.followup;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A follow-up was recorded: the quality evaluation counts follow-up coverage by it, members' duty
 * records count the visits they took part in.
 *
 * @param participantAccountIds the accounts of those who took part (the recorder among them)
 */
public record FollowUpRecorded(long followUpId, FollowUpKind kind, String regionCode, LocalDate happenedOn,
        List<Long> recommendationIds, @Nullable Long consultationId, @Nullable Long topicId, List<Long> participantAccountIds) {

    public FollowUpRecorded {
        recommendationIds = List.copyOf(recommendationIds);
        participantAccountIds = List.copyOf(participantAccountIds);
    }
}
