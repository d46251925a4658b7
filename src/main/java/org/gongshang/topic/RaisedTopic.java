package org.gongshang.topic;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A common problem (共性问题) that consultations found, raised as one topic.
 *
 * @param consultations where it came from, for the topic's timeline
 */
public record RaisedTopic(@Nullable String title, @Nullable String description, @Nullable TopicCategory category,
        String regionCode, List<Consultation> consultations) {

    public RaisedTopic {
        consultations = List.copyOf(consultations);
    }

    /** A consultation as the topic's timeline names it; the topic module knows nothing more of it. */
    public record Consultation(long id, String title) {
    }
}
