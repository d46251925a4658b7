package org.gongshang.topic;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A common problem (共性问题) found across communities, raised as one topic: from the consensus of
 * several consultations, or from a group of similar topics.
 *
 * @param consultations where it came from, for the topic's timeline
 * @param topics topics that raised the same problem, linked both ways on the timelines
 */
public record RaisedTopic(@Nullable String title, @Nullable String description, @Nullable TopicCategory category,
        String regionCode, List<Consultation> consultations, List<Long> topics) {

    public RaisedTopic {
        consultations = List.copyOf(consultations);
        topics = List.copyOf(topics);
    }

    public RaisedTopic(@Nullable String title, @Nullable String description, @Nullable TopicCategory category,
            String regionCode, List<Consultation> consultations) {
        this(title, description, category, regionCode, consultations, List.of());
    }

    /** A consultation as the topic's timeline names it; the topic module knows nothing more of it. */
    public record Consultation(long id, String title) {
    }
}
