package org.gongshang.member;

import java.time.Instant;
import java.util.List;

import org.gongshang.topic.TopicCategory;
import org.jspecify.annotations.Nullable;

/** A reception record (接待记录) as the member, staff and the community's cadres see it: personal data masked. */
public record Reception(long id, long shiftId, long stationId, String stationName, long memberId, String memberName,
        @Nullable String visitorNameMasked, @Nullable String visitorPhoneMasked, TopicCategory category, String communityCode,
        String description, ReceptionOutcome outcome, @Nullable String outcomeNote, @Nullable Long topicId, Instant recordedAt,
        List<Long> photoIds) {

    public Reception {
        photoIds = List.copyOf(photoIds);
    }
}
