package org.gongshang.consultation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gongshang.consultation.SpeakingStatistics.Attendee;
import org.gongshang.consultation.internal.Moments;
import org.gongshang.consultation.internal.ConsultationAccess;
import org.gongshang.consultation.internal.ConsultationStore;
import org.gongshang.consultation.internal.ParticipantStore;
import org.gongshang.consultation.internal.SessionChanged;
import org.gongshang.consultation.internal.SessionStore;
import org.gongshang.identity.Actor;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The floor of a session: the speaker queue, timed turns and their extensions, and speaking time by
 * category. Every act locks the consultation's row, so two facilitators' clicks are applied in turn.
 */
@Service
public class Speaking {

    private final SessionStore session;
    private final ConsultationStore consultations;
    private final ParticipantStore participants;
    private final ConsultationAccess access;
    private final ConsultationProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Speaking(SessionStore session, ConsultationStore consultations, ParticipantStore participants, ConsultationAccess access,
            ConsultationProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.session = session;
        this.consultations = consultations;
        this.participants = participants;
        this.access = access;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading --------------------------------------------------------------------------------

    public List<QueueEntry> queue(long consultationId) {
        return session.queue(consultationId);
    }

    public Optional<Turn> runningTurn(long consultationId) {
        return session.runningTurn(consultationId);
    }

    public List<Turn> turns(long consultationId) {
        return session.turns(consultationId);
    }

    /** Speaking time by category over the recorded turns (a running one up to now) and the attendees. */
    public SpeakingStatistics statistics(long consultationId) {
        List<Attendee> attendees = participants.attendees(consultationId).stream()
                .map(p -> new Attendee(p.id(), p.category())).toList();
        return SpeakingStatistics.of(session.turns(consultationId), attendees, Moments.now(clock),
                properties.speakingShareTolerance());
    }

    // ---- the queue ------------------------------------------------------------------------------

    /**
     * Someone asks to speak: the facilitator on behalf of a person in the room, or a remote
     * participant with the button ({@code participantId} null: the actor's own place).
     */
    @Transactional
    public QueueEntry askToSpeak(long consultationId, @Nullable Long participantId, Actor actor) {
        Consultation consultation = inSession(consultationId);
        Participant participant;
        boolean online;
        if (participantId == null) {
            participant = participants.findByAccount(consultationId, actor.accountId())
                    .filter(p -> p.status().isExpected())
                    .orElseThrow(() -> DomainException.forbidden("consultation.participant.not-on-roster"));
            online = true;
        } else {
            access.requireRunner(actor, consultation);
            participant = participantOf(consultationId, participantId);
            online = false;
        }
        if (session.isWaiting(consultationId, participant.id())) {
            throw DomainException.conflict("consultation.queue.already-waiting", participant.name());
        }
        long id = session.enqueue(consultationId, participant.id(), online, Moments.now(clock));
        changed(consultationId, SessionChanged.What.QUEUE, id);
        return session.queue(consultationId).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    /** The facilitator's order for the waiting requests; requests not named keep their place after these. */
    @Transactional
    public List<QueueEntry> reorder(long consultationId, List<Long> requestIds, Actor actor) {
        access.requireRunner(actor, inSession(consultationId));
        List<QueueEntry> waiting = session.queue(consultationId);
        List<Long> order = new java.util.ArrayList<>(requestIds.stream().distinct()
                .filter(id -> waiting.stream().anyMatch(e -> e.id() == id)).toList());
        waiting.stream().map(QueueEntry::id).filter(id -> !order.contains(id)).forEach(order::add);
        for (int i = 0; i < order.size(); i++) {
            session.setPosition(order.get(i), i + 1);
        }
        changed(consultationId, SessionChanged.What.QUEUE, 0);
        return session.queue(consultationId);
    }

    @Transactional
    public void withdraw(long consultationId, long requestId, Actor actor) {
        Consultation consultation = inSession(consultationId);
        QueueEntry entry = session.queue(consultationId).stream().filter(e -> e.id() == requestId).findFirst()
                .orElseThrow(() -> DomainException.notFound("consultation.queue.unknown", requestId));
        boolean own = participants.find(entry.participantId()).map(Participant::accountId)
                .filter(id -> id == actor.accountId()).isPresent();
        if (!own) {
            access.requireRunner(actor, consultation);
        }
        session.withdraw(consultationId, requestId);
        changed(consultationId, SessionChanged.What.QUEUE, 0);
    }

    // ---- turns ----------------------------------------------------------------------------------

    /** Starts a turn for the participant, ending the running one; their waiting request is taken from the queue. */
    @Transactional
    public Turn startTurn(long consultationId, long participantId, @Nullable Long agendaItemId, Actor actor) {
        Consultation consultation = inSession(consultationId);
        access.requireRunner(actor, consultation);
        Participant speaker = participantOf(consultationId, participantId);
        if (!speaker.status().isExpected()) {
            throw DomainException.conflict("consultation.turn.not-expected", speaker.name());
        }
        if (agendaItemId != null && session.agenda(consultationId).stream().noneMatch(item -> item.id() == agendaItemId)) {
            throw DomainException.invalidField("agendaItemId", "consultation.agenda.unknown");
        }
        Instant now = Moments.now(clock);
        session.runningTurn(consultationId).ifPresent(running -> {
            session.saveTurn(running.end(now));
            changed(consultationId, SessionChanged.What.TURN_ENDED, running.id());
        });
        session.closeRequests(consultationId, participantId, "CALLED");
        long id = session.insertTurn(consultationId, participantId, speaker.name(), speaker.category(), agendaItemId, now,
                properties.turnSeconds());
        events.publishEvent(new TurnStarted(consultationId, consultation.title(), id, speaker.accountId(), speaker.category(), now));
        changed(consultationId, SessionChanged.What.TURN_STARTED, id);
        changed(consultationId, SessionChanged.What.QUEUE, 0);
        return session.turn(id).orElseThrow();
    }

    /** @throws DomainException CONFLICT when the turn has ended already (ending twice changes nothing) */
    @Transactional
    public Turn endTurn(long consultationId, long turnId, Actor actor) {
        access.requireRunner(actor, consultationOf(consultationId));
        Turn ended = turnOf(consultationId, turnId).end(Moments.now(clock));
        session.saveTurn(ended);
        changed(consultationId, SessionChanged.What.TURN_ENDED, turnId);
        return ended;
    }

    /** Extends the running turn by 1 or 2 minutes (相机扩展发言时长). */
    @Transactional
    public Turn extend(long consultationId, long turnId, int minutes, Actor actor) {
        access.requireRunner(actor, consultationOf(consultationId));
        Turn extended = turnOf(consultationId, turnId).extend(minutes, properties.maxExtensions());
        session.saveTurn(extended);
        changed(consultationId, SessionChanged.What.TURN_CHANGED, turnId);
        return extended;
    }

    // ---- helpers --------------------------------------------------------------------------------

    private Consultation consultationOf(long consultationId) {
        return consultations.lock(consultationId).orElseThrow(() -> DomainException.notFound("consultation.unknown", consultationId));
    }

    private Consultation inSession(long consultationId) {
        Consultation consultation = consultationOf(consultationId);
        if (consultation.status() != ConsultationStatus.IN_SESSION) {
            throw DomainException.conflict("consultation.not-in-session");
        }
        return consultation;
    }

    private Participant participantOf(long consultationId, long participantId) {
        return participants.find(participantId).filter(p -> p.consultationId() == consultationId)
                .orElseThrow(() -> DomainException.notFound("consultation.participant.unknown", participantId));
    }

    private Turn turnOf(long consultationId, long turnId) {
        return session.turn(turnId).filter(t -> t.consultationId() == consultationId)
                .orElseThrow(() -> DomainException.notFound("consultation.turn.unknown", turnId));
    }

    private void changed(long consultationId, SessionChanged.What what, long subject) {
        events.publishEvent(new SessionChanged(consultationId, what, subject));
    }
}
