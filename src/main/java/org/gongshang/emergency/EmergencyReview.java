package org.gongshang.emergency;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.gongshang.emergency.internal.EmergencyAccess;
import org.gongshang.emergency.internal.EmergencyAggregate;
import org.gongshang.emergency.internal.EmergencyRepository;
import org.gongshang.emergency.internal.EmergencyTexts;
import org.gongshang.emergency.internal.StepStore;
import org.gongshang.identity.Actor;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Rows;
import org.gongshang.topic.NewTopic;
import org.gongshang.topic.TopicOrigin;
import org.gongshang.topic.TopicSubmissions;
import org.gongshang.topic.TopicView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review (复盘) after the resolution, by CPPCC staff of the place: a one-off, with the reason, or
 * a structural problem turned into a regular topic (热事件冷处理) — source EMERGENCY, pre-filled from
 * the event and what was done, to screening like any other topic, linked both ways (the event keeps
 * the topic, the topic's origin and timeline link the event).
 */
@Service
public class EmergencyReview {

    private final EmergencyRepository repository;
    private final EmergencyAccess access;
    private final StepStore steps;
    private final EmergencyTexts texts;
    private final TopicSubmissions topics;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmergencyReview(EmergencyRepository repository, EmergencyAccess access, StepStore steps, EmergencyTexts texts,
            TopicSubmissions topics, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.steps = steps;
        this.texts = texts;
        this.topics = topics;
        this.events = events;
        this.clock = clock;
    }

    /** The topic as pre-filled for the review form: the event's title, what happened and what was done. */
    public static NewTopic draftTopic(Emergency emergency) {
        String done = emergency.resolution() == null ? "" : "\n\n处置情况：" + emergency.resolution().summary();
        String description = emergency.description() + done;
        return new NewTopic(emergency.title(), description.length() > 2000 ? description.substring(0, 2000) : description,
                emergency.category().topicCategory(), emergency.place().communityCode(), List.of(), null, null, null);
    }

    /**
     * @throws DomainException NOT_FOUND/FORBIDDEN by access (staff only), CONFLICT unless resolved,
     *     INVALID for a one-off without reason or a topic whose text the topic rules refuse
     */
    @Transactional
    public Emergency review(long id, NewReview review, Actor actor) {
        EmergencyAggregate emergency = repository.lock(id).orElseThrow(() -> DomainException.notFound("emergency.unknown", id));
        Emergency view = emergency.view();
        access.requireReviewer(actor, view);
        if (review.outcome() == null) {
            throw DomainException.invalidField("outcome", "emergency.review.outcome-required");
        }
        Instant now = Rows.now(clock);
        TopicView topic = null;
        if (review.outcome() == ReviewOutcome.TOPIC && view.status() == EmergencyStatus.RESOLVED) {
            NewTopic prefilled = draftTopic(view);
            NewTopic draft = new NewTopic(review.topicTitle() == null ? prefilled.title() : review.topicTitle(),
                    review.topicDescription() == null ? prefilled.description() : review.topicDescription(),
                    prefilled.category(), prefilled.regionCode(), prefilled.tags(), null, null, null);
            topic = topics.convertEmergency(draft, new TopicOrigin("应急事件 #" + id + " " + view.title(), "/emergencies/" + id),
                    id, actor);
        }
        EmergencyAggregate reviewed = repository.save(emergency.review(review.outcome(), review.reason(),
                topic == null ? null : topic.id(), actor.accountId(), now));
        steps.add(id, StepKind.REVIEWED, now, actor.accountId(), review.outcome().name(), null);
        if (topic != null) {
            steps.add(id, StepKind.TOPIC_CREATED, now, actor.accountId(), topic.title(), topic.id());
        }
        texts.index(reviewed);
        events.publishEvent(AuditRecord.of("emergency.reviewed", actor.accountId(), "emergency", id)
                .with("outcome", review.outcome()).with("topic", topic == null ? null : topic.id()));
        return reviewed.view();
    }
}
