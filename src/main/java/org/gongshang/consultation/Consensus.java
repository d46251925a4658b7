package org.gongshang.consultation;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.gongshang.consultation.internal.Moments;
import org.gongshang.consultation.internal.ConsensusStore;
import org.gongshang.consultation.internal.ConsultationAccess;
import org.gongshang.consultation.internal.ConsultationStore;
import org.gongshang.consultation.internal.ParticipantStore;
import org.gongshang.consultation.internal.SessionChanged;
import org.gongshang.identity.Actor;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consensus items (共识): drafted by the facilitator, voted on by the attendees (agree, disagree,
 * abstain; experts speak but do not vote), decided with the counts.
 */
@Service
public class Consensus {

    static final int MAX_TEXT = 1000;

    private final ConsensusStore store;
    private final ConsultationStore consultations;
    private final ParticipantStore participants;
    private final ConsultationAccess access;
    private final ConsultationProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Consensus(ConsensusStore store, ConsultationStore consultations, ParticipantStore participants, ConsultationAccess access,
            ConsultationProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.consultations = consultations;
        this.participants = participants;
        this.access = access;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    public List<ConsensusItem> items(long consultationId) {
        return store.list(consultationId);
    }

    @Transactional
    public ConsensusItem draft(long consultationId, @Nullable Long agendaItemId, @Nullable String text, Actor actor) {
        Consultation consultation = inSession(consultationId);
        access.requireRunner(actor, consultation);
        String clean = checked(text);
        long id = store.insert(consultationId, agendaItemId, clean);
        changed(consultationId, id);
        return store.find(id).orElseThrow();
    }

    @Transactional
    public ConsensusItem edit(long consultationId, long itemId, @Nullable String text, Actor actor) {
        access.requireRunner(actor, inSession(consultationId));
        ConsensusItem edited = itemOf(consultationId, itemId).edit(checked(text));
        store.save(edited);
        changed(consultationId, itemId);
        return edited;
    }

    @Transactional
    public ConsensusItem openVoting(long consultationId, long itemId, Actor actor) {
        access.requireRunner(actor, inSession(consultationId));
        ConsensusItem voting = itemOf(consultationId, itemId).openVoting();
        store.save(voting);
        changed(consultationId, itemId);
        return voting;
    }

    /**
     * Records a vote. An attendee votes for themselves ({@code participantId} null); the facilitator
     * records the vote of an attendee in the room by naming them.
     *
     * @throws DomainException FORBIDDEN for an expert, CONFLICT for a second vote or a closed item
     */
    @Transactional
    public ConsensusItem vote(long consultationId, long itemId, @Nullable Long participantId, @Nullable VoteChoice choice,
            Actor actor) {
        Consultation consultation = inSession(consultationId);
        ConsensusItem item = itemOf(consultationId, itemId);
        item.requireVoting();
        if (choice == null) {
            throw DomainException.invalidField("choice", "consultation.vote.choice-required");
        }
        Participant voter;
        if (participantId == null) {
            voter = participants.findByAccount(consultationId, actor.accountId())
                    .orElseThrow(() -> DomainException.forbidden("consultation.participant.not-on-roster"));
        } else {
            access.requireRunner(actor, consultation);
            voter = participants.find(participantId).filter(p -> p.consultationId() == consultationId)
                    .orElseThrow(() -> DomainException.notFound("consultation.participant.unknown", participantId));
        }
        if (!voter.category().votes()) {
            throw DomainException.forbidden("consultation.vote.expert");
        }
        if (!voter.isCheckedIn()) {
            throw DomainException.forbidden("consultation.vote.not-attending");
        }
        if (!store.vote(itemId, voter.id(), choice)) {
            throw DomainException.conflict("consultation.vote.twice", voter.name());
        }
        changed(consultationId, itemId);
        return store.find(itemId).orElseThrow();
    }

    /** Closes the vote and records the result with the counts. */
    @Transactional
    public ConsensusItem close(long consultationId, long itemId, Actor actor) {
        access.requireRunner(actor, inSession(consultationId));
        Map<VoteChoice, Integer> counts = store.counts(itemId);
        ConsensusItem decided = itemOf(consultationId, itemId).decide(counts.get(VoteChoice.AGREE),
                counts.get(VoteChoice.DISAGREE), counts.get(VoteChoice.ABSTAIN), properties.adoptionShare(), Moments.now(clock));
        store.save(decided);
        events.publishEvent(AuditRecord.of("consultation.consensus-decided", actor.accountId(), "consultation", consultationId)
                .with("item", itemId).with("adopted", decided.adopted()));
        changed(consultationId, itemId);
        return decided;
    }

    /** Votes cast so far on an item, for the live panel. */
    public Map<VoteChoice, Integer> counts(long itemId) {
        return store.counts(itemId);
    }

    private String checked(@Nullable String text) {
        String clean = Text.blankToNull(text);
        if (clean == null || clean.length() > MAX_TEXT) {
            throw DomainException.invalidField("text", "consultation.consensus.text-invalid", MAX_TEXT);
        }
        return clean;
    }

    private Consultation inSession(long consultationId) {
        Consultation consultation = consultations.lock(consultationId)
                .orElseThrow(() -> DomainException.notFound("consultation.unknown", consultationId));
        if (consultation.status() != ConsultationStatus.IN_SESSION) {
            throw DomainException.conflict("consultation.not-in-session");
        }
        return consultation;
    }

    private ConsensusItem itemOf(long consultationId, long itemId) {
        return store.find(itemId).filter(i -> i.consultationId() == consultationId)
                .orElseThrow(() -> DomainException.notFound("consultation.consensus.unknown", itemId));
    }

    private void changed(long consultationId, long itemId) {
        events.publishEvent(new SessionChanged(consultationId, SessionChanged.What.CONSENSUS, itemId));
    }
}
