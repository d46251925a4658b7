package org.gongshang.topic;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A topic moved on in the cycle by the plan or consultation module: PLANNED, back to ACCEPTED,
 * IN_CONSULTATION or CONSULTED. {@code reference} is the plan or consultation; {@code recipients} the supporters.
 */
public record TopicProgressed(long topicId, String title, TopicStatus status, @Nullable Long reference,
        List<Long> recipients) {
}
