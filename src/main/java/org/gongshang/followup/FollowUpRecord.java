package org.gongshang.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A follow-up record (跟踪问效记录): how, when and where a recommendation's handling was checked, who
 * took part, what they found, with photos.
 */
public record FollowUpRecord(long id, FollowUpKind kind, String regionCode, LocalDate happenedOn, String place,
        String findings, List<Long> recommendationIds, @Nullable Long consultationId, @Nullable Long topicId,
        @Nullable Long surveyId, List<Participant> participants, List<Photo> photos, long recordedBy,
        Instant recordedAt) {

    public FollowUpRecord {
        recommendationIds = List.copyOf(recommendationIds);
        participants = List.copyOf(participants);
        photos = List.copyOf(photos);
    }

    /** Someone who took part: with an account (staff, members) or by name only. */
    public record Participant(@Nullable Long accountId, String name) {
    }

    /** A photo, re-encoded without metadata. */
    public record Photo(long id, String contentType, int width, int height) {
    }

    public boolean tookPart(long accountId) {
        return recordedBy == accountId || participants.stream().anyMatch(p -> p.accountId() != null && p.accountId() == accountId);
    }
}
