package org.gongshang.topic;

import java.util.List;

/** A moderator released a topic held by the sensitive-word check; {@code recipients}: the submitter. */
public record TopicReleased(long topicId, String title, long releasedBy, List<Long> recipients) {
}
