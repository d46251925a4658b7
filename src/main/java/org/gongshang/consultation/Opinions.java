package org.gongshang.consultation;

import java.time.Clock;
import java.util.List;

import org.gongshang.consultation.internal.Moments;
import org.gongshang.consultation.internal.ConsultationAccess;
import org.gongshang.consultation.internal.ConsultationStore;
import org.gongshang.consultation.internal.OpinionStore;
import org.gongshang.consultation.internal.ParticipantStore;
import org.gongshang.consultation.internal.SessionChanged;
import org.gongshang.consultation.internal.SessionStore;
import org.gongshang.identity.Actor;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opinions and suggestions (意见建议): recorded from the floor by the facilitator, or submitted online. */
@Service
public class Opinions {

    static final int MAX_CONTENT = 2000;

    private final OpinionStore store;
    private final ConsultationStore consultations;
    private final ParticipantStore participants;
    private final SessionStore session;
    private final ConsultationAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Opinions(OpinionStore store, ConsultationStore consultations, ParticipantStore participants, SessionStore session,
            ConsultationAccess access, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.consultations = consultations;
        this.participants = participants;
        this.session = session;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    public List<Opinion> list(long consultationId) {
        return store.list(consultationId);
    }

    /**
     * Records an opinion. The facilitator names the speaker ({@code participantId}) or only a category;
     * a participant following online submits their own (both null).
     */
    @Transactional
    public Opinion record(long consultationId, @Nullable Long agendaItemId, @Nullable Long participantId,
            @Nullable ParticipantCategory category, @Nullable String content, Actor actor) {
        Consultation consultation = consultations.lock(consultationId)
                .orElseThrow(() -> DomainException.notFound("consultation.unknown", consultationId));
        if (consultation.status() != ConsultationStatus.IN_SESSION) {
            throw DomainException.conflict("consultation.not-in-session");
        }
        String text = Text.blankToNull(content);
        if (text == null || text.length() > MAX_CONTENT) {
            throw DomainException.invalidField("content", "consultation.opinion.content-invalid", MAX_CONTENT);
        }
        if (agendaItemId != null && session.agenda(consultationId).stream().noneMatch(item -> item.id() == agendaItemId)) {
            throw DomainException.invalidField("agendaItemId", "consultation.agenda.unknown");
        }
        Long speakerId;
        String speakerName;
        ParticipantCategory speakerCategory;
        boolean online;
        if (access.mayRun(actor, consultation)) {
            if (participantId != null) {
                Participant speaker = participants.find(participantId).filter(p -> p.consultationId() == consultationId)
                        .orElseThrow(() -> DomainException.invalidField("participantId", "consultation.participant.unknown", participantId));
                speakerId = speaker.id();
                speakerName = speaker.name();
                speakerCategory = speaker.category();
            } else if (category != null) {
                speakerId = null;
                speakerName = null;
                speakerCategory = category;
            } else {
                throw DomainException.invalidField("category", "consultation.opinion.speaker-required");
            }
            online = false;
        } else {
            Participant self = participants.findByAccount(consultationId, actor.accountId()).filter(p -> p.status().isExpected())
                    .orElseThrow(() -> DomainException.forbidden("consultation.participant.not-on-roster"));
            speakerId = self.id();
            speakerName = self.name();
            speakerCategory = self.category();
            online = true;
        }
        long id = store.insert(consultationId, agendaItemId, speakerId, speakerName, speakerCategory, text, online,
                actor.accountId(), Moments.now(clock));
        events.publishEvent(new SessionChanged(consultationId, SessionChanged.What.OPINION, id));
        return store.list(consultationId).stream().filter(o -> o.id() == id).findFirst().orElseThrow();
    }
}
