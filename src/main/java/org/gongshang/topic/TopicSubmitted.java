package org.gongshang.topic;

import java.util.List;

/**
 * A topic came in. When {@code held}, the sensitive-word check keeps it off public pages and
 * {@code recipients} (the submitter) should be told that a moderator will look at it.
 */
public record TopicSubmitted(long topicId, String title, TopicSource source, String regionCode, long submittedBy,
        boolean held, List<Long> recipients) {
}
