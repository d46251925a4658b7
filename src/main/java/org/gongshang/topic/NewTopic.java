package org.gongshang.topic;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A topic as typed in. {@code offlineName} and {@code offlinePhone} are set when staff or a cadre
 * enter it for a resident who came in person or phoned (OFFLINE).
 */
public record NewTopic(
        @Nullable String title,
        @Nullable String description,
        @Nullable TopicCategory category,
        @Nullable String regionCode,
        List<String> tags,
        @Nullable Long campaignId,
        @Nullable String offlineName,
        @Nullable String offlinePhone) {

    public NewTopic {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public boolean isOffline() {
        return offlineName != null && !offlineName.isBlank();
    }

    @Override
    public String toString() {
        return "NewTopic[" + title + "]";
    }
}
