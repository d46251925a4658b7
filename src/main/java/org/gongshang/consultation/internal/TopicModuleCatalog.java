package org.gongshang.consultation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongshang.identity.Actor;
import org.gongshang.shared.DomainException;
import org.gongshang.topic.RaisedTopic;
import org.gongshang.topic.TopicCategory;
import org.gongshang.topic.TopicStatus;
import org.gongshang.topic.TopicRaising;
import org.gongshang.topic.TopicView;
import org.gongshang.topic.Topics;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Topics through the topic module's API: a consultation takes up accepted or planned topics, marks
 * them IN_CONSULTATION when it is created and CONSULTED when it concludes (the topic module tells
 * their supporters), and raises common problems as new topics.
 */
@Component
class TopicModuleCatalog implements TopicCatalog {

    private final Topics topics;
    private final TopicRaising raising;

    TopicModuleCatalog(Topics topics, TopicRaising raising) {
        this.topics = topics;
        this.raising = raising;
    }

    @Override
    public List<TopicRef> describe(Collection<Long> topicIds) {
        return topicIds.stream().map(id -> topics.find(id)
                .map(topic -> new TopicRef(topic.id(), topic.title(), topic.regionCode()))
                .orElse(new TopicRef(id, "#" + id, ""))).toList();
    }

    @Override
    public void requireConsultable(Collection<Long> topicIds, Actor actor) {
        for (long id : topicIds) {
            Optional<TopicView> topic = topics.find(id);
            if (topic.isEmpty()) {
                throw DomainException.invalidField("topicIds", "consultation.topics.unknown", id);
            }
            if (topic.get().status() != TopicStatus.ACCEPTED && topic.get().status() != TopicStatus.PLANNED) {
                throw DomainException.invalidField("topicIds", "consultation.topics.not-consultable", topic.get().title());
            }
        }
    }

    @Override
    public void markConsulting(Collection<Long> topicIds, long consultationId, Actor actor) {
        topicIds.forEach(id -> topics.markConsulting(id, consultationId, actor));
    }

    @Override
    public void markConsulted(Collection<Long> topicIds, Actor actor) {
        for (long id : topicIds) {
            if (topics.find(id).map(TopicView::status).orElse(null) == TopicStatus.IN_CONSULTATION) {
                topics.markConsulted(id, actor);
            }
        }
    }

    @Override
    public long raise(String title, String description, @Nullable String category, String regionCode,
            Map<Long, String> consultations, Actor actor) {
        TopicCategory topicCategory = TopicCategory.SOCIETY;
        if (category != null) {
            try {
                topicCategory = TopicCategory.valueOf(category);
            } catch (IllegalArgumentException unknown) {
                throw DomainException.invalidField("category", "consultation.common-problem.category-unknown", category);
            }
        }
        List<RaisedTopic.Consultation> from = consultations.entrySet().stream()
                .map(c -> new RaisedTopic.Consultation(c.getKey(), c.getValue())).toList();
        return raising.raiseFromConsultations(new RaisedTopic(title, description, topicCategory, regionCode, from), actor).id();
    }
}
