package org.gongshang.consultation.internal;

import org.gongshang.consultation.Consultation;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a consultation. Organisers are staff (CPPCC micro-consultation) or cadres
 * (grassroots), either for a joint one, in the organising organisation's region; admins anywhere.
 * The facilitator runs the session too. Participants see their consultation; the public sees open
 * consultations once scheduled. Others are told it does not exist (404), as for other regions' data.
 */
@Component
public class ConsultationAccess {

    private final Actors actors;
    private final ParticipantStore participants;

    ConsultationAccess(Actors actors, ParticipantStore participants) {
        this.actors = actors;
        this.participants = participants;
    }

    public boolean mayOrganise(Actor actor, Consultation consultation) {
        return actors.mayActIn(actor, consultation.regionCode(), consultation.kind().organiserRoles());
    }

    public boolean mayRun(Actor actor, Consultation consultation) {
        return mayOrganise(actor, consultation) || Long.valueOf(actor.accountId()).equals(consultation.facilitatorAccountId());
    }

    public boolean isParticipant(Actor actor, Consultation consultation) {
        return participants.findByAccount(consultation.id(), actor.accountId()).isPresent();
    }

    public boolean mayView(Actor actor, Consultation consultation) {
        return consultation.isPubliclyVisible() || mayRun(actor, consultation) || isParticipant(actor, consultation)
                || actors.mayActIn(actor, consultation.regionCode(), org.gongshang.identity.Role.STAFF);
    }

    /** @throws DomainException NOT_FOUND for those who may not see it, FORBIDDEN for those who see it but may not organise */
    public void requireOrganiser(Actor actor, Consultation consultation) {
        if (!mayOrganise(actor, consultation)) {
            requireView(actor, consultation);
            throw DomainException.forbidden("consultation.not-organiser");
        }
    }

    public void requireRunner(Actor actor, Consultation consultation) {
        if (!mayRun(actor, consultation)) {
            requireView(actor, consultation);
            throw DomainException.forbidden("consultation.not-organiser");
        }
    }

    public void requireView(Actor actor, Consultation consultation) {
        if (!mayView(actor, consultation)) {
            throw DomainException.notFound("consultation.unknown", consultation.id());
        }
    }
}
