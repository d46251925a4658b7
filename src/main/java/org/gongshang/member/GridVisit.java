package org.gongshang.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongshang.topic.TopicCategory;
import org.jspecify.annotations.Nullable;

/** A member's visit to households of a grid (网格走访), with what they found. */
public record GridVisit(long id, long memberId, String memberName, String gridCode, String gridName, String communityCode,
        LocalDate visitedOn, int households, String findings, TopicCategory category, @Nullable Long topicId, Instant recordedAt,
        List<Long> photoIds) {

    public GridVisit {
        photoIds = List.copyOf(photoIds);
    }
}
