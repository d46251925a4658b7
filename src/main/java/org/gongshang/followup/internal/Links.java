package org.gongshang.followup.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.Consultations;
import org.gongshang.consultation.Participants;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.outcome.RecommendationPeople;
import org.gongshang.outcome.RecommendationView;
import org.gongshang.outcome.Recommendations;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.topic.TopicView;
import org.gongshang.topic.Topics;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What follow-ups and surveys link to in other modules — recommendations, consultations, topics —
 * checked through those modules' APIs, and the people concerned by them. Seeing a thing is not
 * enough to link to it (anyone sees a public recommendation): the recorder needs scope over it — staff
 * or member of its region or above. Otherwise staff of a district could attach their records and
 * questionnaires to the city's work. For a recommendation this also covers its departments: they are
 * always of its region or above (the transfer refuses others), so whoever has scope over a handling
 * department has scope over the recommendation's region too.
 */
@Component
public class Links {

    private static final Role[] RECORDERS = {Role.STAFF, Role.MEMBER};

    private final Recommendations recommendations;
    private final Consultations consultations;
    private final Participants participants;
    private final Topics topics;
    private final Actors actors;

    Links(Recommendations recommendations, Consultations consultations, Participants participants, Topics topics,
            Actors actors) {
        this.recommendations = recommendations;
        this.consultations = consultations;
        this.participants = participants;
        this.topics = topics;
        this.actors = actors;
    }

    /**
     * The recommendation if it exists and the actor may see it (else a problem at the field) and link to it.
     *
     * @throws DomainException FORBIDDEN when the actor sees it but has no scope over its region
     */
    public @Nullable RecommendationView recommendation(long id, Actor actor, String field, List<FieldProblem> problems) {
        var found = recommendations.find(id).filter(r -> recommendations.mayView(id, actor));
        if (found.isEmpty()) {
            problems.add(new FieldProblem(field, "followup.link.recommendation-unknown", id));
            return null;
        }
        RecommendationView recommendation = found.get();
        if (!actors.mayActIn(actor, recommendation.regionCode(), RECORDERS)) {
            throw DomainException.forbidden("followup.link.recommendation-out-of-scope", id);
        }
        return recommendation;
    }

    /** @throws DomainException FORBIDDEN when the actor sees it but has no scope over its region */
    public @Nullable Consultation consultation(long id, Actor actor, String field, List<FieldProblem> problems) {
        Consultation consultation;
        try {
            consultation = consultations.get(id, actor);
        } catch (DomainException notVisible) {
            problems.add(new FieldProblem(field, "followup.link.consultation-unknown", id));
            return null;
        }
        if (!actors.mayActIn(actor, consultation.regionCode(), RECORDERS)) {
            throw DomainException.forbidden("followup.link.consultation-out-of-scope", id);
        }
        return consultation;
    }

    /** @throws DomainException FORBIDDEN when the actor sees it but has no scope over its region */
    public @Nullable TopicView topic(long id, Actor actor, String field, List<FieldProblem> problems) {
        TopicView topic;
        try {
            topic = topics.read(id, Optional.of(actor));
        } catch (DomainException notVisible) {
            problems.add(new FieldProblem(field, "followup.link.topic-unknown", id));
            return null;
        }
        if (!actors.mayActIn(actor, topic.regionCode(), RECORDERS)) {
            throw DomainException.forbidden("followup.link.topic-out-of-scope", id);
        }
        return topic;
    }

    /**
     * The people a survey on these is sent to: those the recommendation concerns (as the outcome
     * module says: submitters and co-signers of its topics, its consultation's attendees), the
     * participants of the consultation, and the submitters and co-signers of its topics and of the topic.
     */
    public Set<Long> peopleConcerned(@Nullable Long recommendationId, @Nullable Long consultationId, @Nullable Long topicId) {
        Set<Long> consultationIds = new LinkedHashSet<>();
        Set<Long> topicIds = new LinkedHashSet<>();
        Set<Long> people = new LinkedHashSet<>();
        if (recommendationId != null && recommendations.find(recommendationId).isPresent()) {
            RecommendationPeople concerned = recommendations.people(recommendationId);
            people.addAll(concerned.submitters());
            people.addAll(concerned.coSigners());
            people.addAll(concerned.participants());
        }
        if (consultationId != null) {
            consultationIds.add(consultationId);
        }
        if (topicId != null) {
            topicIds.add(topicId);
        }
        for (long consultation : consultationIds) {
            people.addAll(participants.accountsTakingPart(consultation));
            consultations.find(consultation).ifPresent(c -> topicIds.addAll(c.topicIds()));
        }
        for (long topic : topicIds) {
            if (topics.find(topic).isPresent()) {
                people.addAll(topics.supporters(topic));
            }
        }
        return people;
    }

    public String recommendationText(long id) {
        return recommendations.find(id).map(RecommendationView::text).orElse("#" + id);
    }

    public boolean mayViewRecommendation(long id, @Nullable Actor viewer) {
        return recommendations.mayView(id, viewer);
    }
}
