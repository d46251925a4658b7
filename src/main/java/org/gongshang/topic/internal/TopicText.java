package org.gongshang.topic.internal;

import java.time.Instant;

import org.gongshang.topic.TopicStatus;

/** What the similar-text index keeps of a topic. */
public record TopicText(long id, String title, String description, String regionCode, TopicStatus status, boolean held,
        Instant submittedAt) {
}
