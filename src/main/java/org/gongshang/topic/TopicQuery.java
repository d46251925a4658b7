package org.gongshang.topic;

import org.jspecify.annotations.Nullable;

/**
 * A search of topic lists. {@code q} is Chinese full text: segmented with smartcn and matched
 * against the words stored with each topic in a PostgreSQL {@code tsvector}.
 */
public record TopicQuery(@Nullable String q, @Nullable TopicStatus status, @Nullable String region,
        @Nullable TopicCategory category, @Nullable TopicSource source, @Nullable Long campaign, int page, int size) {

    public static TopicQuery all() {
        return new TopicQuery(null, null, null, null, null, null, 0, 20);
    }
}
