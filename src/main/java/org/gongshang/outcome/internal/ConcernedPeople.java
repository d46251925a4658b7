package org.gongshang.outcome.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.Consultations;
import org.gongshang.consultation.Participant;
import org.gongshang.consultation.Participants;
import org.gongshang.outcome.Recommendation;
import org.gongshang.outcome.RecommendationPeople;
import org.gongshang.topic.TopicView;
import org.gongshang.topic.Topics;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who a recommendation concerns: the supporters of its topics (submitters and co-signers) and the
 * attendees of its consultation. They are entitled to rate its replies; the accounts of its
 * departments never are, even when they attended, since nobody rates their own reply.
 */
@Component("outcomeConcernedPeople")
public class ConcernedPeople {

    private final Topics topics;
    private final Consultations consultations;
    private final Participants participants;
    private final RatingStore ratings;
    private final Recipients recipients;

    ConcernedPeople(Topics topics, Consultations consultations, Participants participants, RatingStore ratings,
            Recipients recipients) {
        this.topics = topics;
        this.consultations = consultations;
        this.participants = participants;
        this.ratings = ratings;
        this.recipients = recipients;
    }

    /**
     * Adds everyone entitled to rate (again when replied: topics gain co-signers meanwhile).
     * Nobody is ever removed: whoever was told they may rate keeps that right.
     */
    public void enrolRaters(Recommendation recommendation) {
        ratings.addRaters(recommendation.id(), attendees(recommendation.consultationId()), RatingStore.RaterReason.ATTENDEE);
        Set<Long> supporters = new LinkedHashSet<>();
        topicIds(recommendation).stream().filter(topic -> topics.find(topic).isPresent())
                .forEach(topic -> supporters.addAll(topics.supporters(topic)));
        ratings.addRaters(recommendation.id(), supporters, RatingStore.RaterReason.SUPPORTER);
    }

    /** Who may rate now: the enrolled raters except the accounts of its departments. */
    public List<Long> raters(Recommendation recommendation) {
        Set<Long> handlers = handlers(recommendation);
        return ratings.raters(recommendation.id()).stream().filter(id -> !handlers.contains(id)).toList();
    }

    public Set<Long> handlers(Recommendation recommendation) {
        Set<Long> handlers = new LinkedHashSet<>(recipients.lead(recommendation));
        handlers.addAll(recipients.coHandlers(recommendation));
        return handlers;
    }

    public RecommendationPeople of(Recommendation recommendation) {
        Set<Long> submitters = new LinkedHashSet<>();
        Set<Long> coSigners = new LinkedHashSet<>();
        for (long topicId : topicIds(recommendation)) {
            TopicView topic = topics.find(topicId).orElse(null);
            if (topic == null) {
                continue;
            }
            submitters.add(topic.submittedBy());
            coSigners.addAll(topics.supporters(topicId));
        }
        coSigners.removeAll(submitters);
        return new RecommendationPeople(recommendation.id(), List.copyOf(submitters), List.copyOf(coSigners),
                List.copyOf(attendees(recommendation.consultationId())), raters(recommendation),
                recipients.lead(recommendation), recipients.coHandlers(recommendation));
    }

    /** The attendees of a consultation who have an account. */
    public Set<Long> attendees(@Nullable Long consultationId) {
        if (consultationId == null) {
            return Set.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        participants.attendees(consultationId).stream().map(Participant::accountId).filter(Objects::nonNull).forEach(ids::add);
        return ids;
    }

    /** Its own topic and those of its consultation. */
    private Collection<Long> topicIds(Recommendation recommendation) {
        Set<Long> ids = new LinkedHashSet<>();
        if (recommendation.topicId() != null) {
            ids.add(recommendation.topicId());
        }
        if (recommendation.consultationId() != null) {
            consultations.find(recommendation.consultationId()).map(Consultation::topicIds).ifPresent(ids::addAll);
        }
        return ids;
    }
}
