package org.gongshang.topic;

import java.util.List;
import java.util.Optional;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Role;
import org.gongshang.topic.internal.SimilarTopicsIndexer;
import org.gongshang.topic.internal.Topic;
import org.gongshang.topic.internal.TopicStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Near-duplicates (相似议题) of a text being typed or of a topic, best first. */
@Service
public class SimilarTopics {

    private final SimilarTopicsIndexer indexer;
    private final TopicStore topics;
    private final TopicProperties properties;

    SimilarTopics(SimilarTopicsIndexer indexer, TopicStore topics, TopicProperties properties) {
        this.indexer = indexer;
        this.topics = topics;
        this.properties = properties;
    }

    /** For a title being typed (and a description, when there is one). Held topics only for staff. */
    public List<SimilarTopic> forText(@Nullable String title, @Nullable String description, Optional<Actor> viewer) {
        if (title == null || title.isBlank()) {
            return List.of();
        }
        return find(title, description == null ? "" : description, -1, viewer);
    }

    public List<SimilarTopic> forTopic(long topicId, Optional<Actor> viewer) {
        Optional<Topic> topic = topics.find(topicId);
        if (topic.isEmpty()) {
            return List.of();
        }
        return find(topic.get().title(), topic.get().description(), topicId, viewer);
    }

    private List<SimilarTopic> find(String title, String description, long excludeId, Optional<Actor> viewer) {
        boolean staff = viewer.map(actor -> actor.hasAny(Role.STAFF, Role.CADRE, Role.ADMIN)).orElse(false);
        var similarity = properties.similarity();
        return indexer.index().similar(title, description, excludeId, staff, similarity.maxResults(), similarity.minScore())
                .stream().map(hit -> new SimilarTopic(hit.id(), hit.title(), hit.status(), hit.score())).toList();
    }
}
