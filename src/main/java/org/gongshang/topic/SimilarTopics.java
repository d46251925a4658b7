package org.gongshang.topic;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Role;
import org.gongshang.similarity.SimilarText;
import org.gongshang.similarity.SimilarTexts;
import org.gongshang.similarity.TextFilter;
import org.gongshang.topic.internal.TopicStore;
import org.gongshang.topic.internal.TopicText;
import org.gongshang.topic.internal.TopicTexts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Near-duplicates (相似议题) of a text being typed or of a topic, best first, by meaning and words
 * (see docs/topics.md for the thresholds and how they were measured).
 */
@Service
public class SimilarTopics {

    private static final Set<String> CANDIDATES = Arrays.stream(TopicStatus.values())
            .filter(TopicStatus::isCandidateForSimilarity).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    private final SimilarTexts similarTexts;
    private final TopicStore topics;
    private final TopicProperties properties;

    SimilarTopics(SimilarTexts similarTexts, TopicStore topics, TopicProperties properties) {
        this.similarTexts = similarTexts;
        this.topics = topics;
        this.properties = properties;
    }

    /** For a title being typed (and a description, when there is one). Held topics only for staff. */
    public List<SimilarTopic> forText(@Nullable String title, @Nullable String description, Optional<Actor> viewer) {
        if (title == null || title.isBlank()) {
            return List.of();
        }
        var similarity = properties.similarity();
        return similarTexts.find(TopicTexts.CORPUS, title, description == null ? "" : description, filter(viewer),
                similarity.maxResults(), similarity.minScore()).stream().map(SimilarTopics::topic).toList();
    }

    /** For a topic's page: what a resident would have been shown. */
    public List<SimilarTopic> forTopic(long topicId, Optional<Actor> viewer) {
        return like(topicId, viewer, properties.similarity().minScore());
    }

    /** For screening, side by side: a lower threshold, since a screener judges and a missed duplicate costs more. */
    public List<SimilarTopic> forScreening(long topicId, Actor screener) {
        return like(topicId, Optional.of(screener), properties.similarity().screeningMinScore());
    }

    private List<SimilarTopic> like(long topicId, Optional<Actor> viewer, double minScore) {
        Optional<TopicText> topic = topics.findText(topicId);
        if (topic.isEmpty()) {
            return List.of();
        }
        return similarTexts.like(TopicTexts.CORPUS, topicId, topic.get().title(), topic.get().description(),
                filter(viewer).excluding(topicId), properties.similarity().maxResults(), minScore)
                .stream().map(SimilarTopics::topic).toList();
    }

    private static TextFilter filter(Optional<Actor> viewer) {
        boolean staff = viewer.map(actor -> actor.hasAny(Role.STAFF, Role.CADRE, Role.ADMIN)).orElse(false);
        return TextFilter.any().withStatuses(CANDIDATES).includingHeld(staff);
    }

    private static SimilarTopic topic(SimilarText text) {
        return new SimilarTopic(text.id(), text.title(), TopicStatus.valueOf(text.attributes().status()), text.score());
    }
}
