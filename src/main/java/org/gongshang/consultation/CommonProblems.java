package org.gongshang.consultation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongshang.consultation.internal.CommonProblemStore;
import org.gongshang.consultation.internal.ConsensusStore;
import org.gongshang.consultation.internal.ConsultationStore;
import org.gongshang.consultation.internal.TopicCatalog;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Common problems (共性问题): CPPCC staff select consensus items from several grassroots
 * consultations of their region and raise them as one CPPCC topic (上升), linked both ways.
 */
@Service
public class CommonProblems {

    private final CommonProblemStore store;
    private final ConsensusStore consensus;
    private final ConsultationStore consultations;
    private final TopicCatalog topics;
    private final Actors actors;
    private final ApplicationEventPublisher events;

    CommonProblems(CommonProblemStore store, ConsensusStore consensus, ConsultationStore consultations, TopicCatalog topics,
            Actors actors, ApplicationEventPublisher events) {
        this.store = store;
        this.consensus = consensus;
        this.consultations = consultations;
        this.topics = topics;
        this.actors = actors;
        this.events = events;
    }

    /** A raised problem as a consultation that fed it shows it. */
    public record RaisedFrom(long problemId, String title, @Nullable Long topicId) {
    }

    public List<RaisedFrom> raisedFrom(long consultationId) {
        return store.raisedFrom(consultationId).stream().map(p -> new RaisedFrom(p.id(), p.title(), p.topicId())).toList();
    }

    /**
     * @param regionCode the CPPCC region that takes it up; every item must come from a consultation in it
     * @throws DomainException INVALID for fewer than two consultations or items not adopted
     */
    @Transactional
    public CommonProblemRaised raise(@Nullable String title, @Nullable String description, @Nullable String category,
            String regionCode, List<Long> consensusItemIds, Actor actor) {
        actors.requireIn(actor, regionCode, Role.STAFF);
        String cleanTitle = Text.blankToNull(title);
        if (cleanTitle == null || cleanTitle.length() > 120) {
            throw DomainException.invalidField("title", "consultation.common-problem.title-invalid");
        }
        String text = description == null ? "" : description.strip();
        List<ConsensusItem> items = consensus.byIds(consensusItemIds.stream().distinct().toList());
        if (items.size() != consensusItemIds.stream().distinct().count()) {
            throw DomainException.invalidField("consensusItemIds", "consultation.consensus.unknown", consensusItemIds);
        }
        List<CommonProblemRaised.Item> raised = new ArrayList<>();
        for (ConsensusItem item : items) {
            Consultation consultation = consultations.find(item.consultationId()).orElseThrow();
            if (!actors.mayActIn(actor, consultation.regionCode(), Role.STAFF)) {
                throw DomainException.forbidden("identity.scope.outside", consultation.regionCode());
            }
            if (!Boolean.TRUE.equals(item.adopted())) {
                throw DomainException.invalidField("consensusItemIds", "consultation.common-problem.not-adopted", item.id());
            }
            raised.add(new CommonProblemRaised.Item(item.consultationId(), item.id(), item.text()));
        }
        if (raised.stream().map(CommonProblemRaised.Item::consultationId).distinct().count() < 2) {
            throw DomainException.invalidField("consensusItemIds", "consultation.common-problem.several");
        }
        long id = store.insert(cleanTitle, text, regionCode, actor.accountId());
        raised.forEach(item -> store.addItem(id, item.consensusItemId(), item.consultationId()));
        Map<Long, String> from = new LinkedHashMap<>();
        raised.forEach(item -> from.computeIfAbsent(item.consultationId(),
                consultationId -> consultations.find(consultationId).orElseThrow().title()));
        long topicId = topics.raise(cleanTitle, topicDescription(text, raised), category, regionCode, from, actor);
        store.linkTopic(id, topicId);
        CommonProblemRaised event = new CommonProblemRaised(id, cleanTitle, text, regionCode, actor.accountId(), raised, topicId);
        events.publishEvent(event);
        events.publishEvent(AuditRecord.of("consultation.common-problem-raised", actor.accountId(), "common-problem", id));
        return event;
    }

    /** The topic says what the consultations agreed, so screeners need not open each of them. */
    private static String topicDescription(String description, List<CommonProblemRaised.Item> items) {
        StringBuilder text = new StringBuilder(description);
        for (CommonProblemRaised.Item item : items) {
            text.append(text.isEmpty() ? "" : "\n").append("· ").append(item.text());
        }
        return text.toString();
    }
}
