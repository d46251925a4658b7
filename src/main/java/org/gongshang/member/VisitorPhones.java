package org.gongshang.member;

import org.gongshang.identity.Actor;
import org.gongshang.member.internal.ReceptionAggregate;
import org.gongshang.member.internal.ReceptionRepository;
import org.gongshang.member.internal.VisitorData;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A visitor's full phone, for staff of the record's region who need to call back; every look is audited. */
@Service
public class VisitorPhones {

    private final ReceptionRepository repository;
    private final Receptions receptions;
    private final VisitorData visitors;
    private final ApplicationEventPublisher events;

    VisitorPhones(ReceptionRepository repository, Receptions receptions, VisitorData visitors, ApplicationEventPublisher events) {
        this.repository = repository;
        this.receptions = receptions;
        this.visitors = visitors;
        this.events = events;
    }

    /** @throws DomainException NOT_FOUND unless the actor is staff of the region and the visitor left a phone */
    @Transactional
    public String reveal(long receptionId, Actor actor) {
        if (!receptions.mayReveal(receptionId, actor)) {
            throw DomainException.notFound("member.reception.unknown", receptionId);
        }
        ReceptionAggregate reception = repository.findById(receptionId).orElseThrow();
        if (reception.visitorPhoneCipher() == null) {
            throw DomainException.notFound("member.reception.no-phone");
        }
        events.publishEvent(AuditRecord.of("member.visitor-phone-viewed", actor.accountId(), "member-reception", receptionId));
        return visitors.decrypt(reception.visitorPhoneCipher());
    }
}
