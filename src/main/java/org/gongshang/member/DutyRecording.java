package org.gongshang.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.member.internal.DutyStore;
import org.gongshang.member.internal.DutyStore.Submitted;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.member.internal.MemberAggregate;
import org.gongshang.member.internal.MemberRepository;
import org.gongshang.member.internal.RuleBook;
import org.gongshang.notification.MessageKind;
import org.gongshang.notification.Notice;
import org.gongshang.notification.Notices;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.shared.Rows;
import org.gongshang.shared.Zones;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Duty records (履职记录): counted automatically from what members do elsewhere (each source once),
 * and added by hand with evidence, which staff of the committee approve or return.
 */
@Service
public class DutyRecording {

    public static final int MAX_TITLE = 200;
    public static final int MAX_EVIDENCE = 4000;

    private final DutyStore store;
    private final MemberRepository members;
    private final RuleBook rules;
    private final MemberAccess access;
    private final Notices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DutyRecording(DutyStore store, MemberRepository members, RuleBook rules, MemberAccess access, Notices notices,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.members = members;
        this.rules = rules;
        this.access = access;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Counts what an account did, for each committee it is an active member of; nothing for others.
     *
     * @param sourceKey what it came from, e.g. {@code consultation:12:attended}: a source counts once
     */
    @Transactional
    public int countForAccount(long accountId, DutyActivity activity, LocalDate day, String sourceKey, String title) {
        int counted = 0;
        for (MemberAggregate member : members.findByAccountId(accountId)) {
            if (member.active()) {
                counted += countFor(member, activity, day, sourceKey, title) ? 1 : 0;
            }
        }
        return counted;
    }

    @Transactional
    public boolean countForMember(long memberId, DutyActivity activity, LocalDate day, String sourceKey, String title) {
        return members.findById(memberId).filter(MemberAggregate::active)
                .map(member -> countFor(member, activity, day, sourceKey, title)).orElse(false);
    }

    /**
     * A member adds a record by hand, e.g. a proposal, for staff to approve.
     *
     * @throws DomainException FORBIDDEN for someone who is not a member, INVALID with a problem per field
     */
    @Transactional
    public long submit(NewDutyRecord record, Actor actor) {
        MemberAggregate me = members.findByAccountId(actor.accountId()).stream().filter(MemberAggregate::active).findFirst()
                .orElseThrow(() -> DomainException.forbidden("member.not-a-member"));
        LocalDate today = LocalDate.now(clock.withZone(Zones.platform()));
        List<FieldProblem> problems = new ArrayList<>();
        if (record.activity() == null || !record.activity().byHand()) {
            problems.add(new FieldProblem("activity", "member.duty.activity"));
        }
        if (record.occurredOn() == null || record.occurredOn().isAfter(today) || record.occurredOn().getYear() < today.getYear() - 1) {
            problems.add(new FieldProblem("occurredOn", "member.duty.day"));
        }
        if (record.title() == null || record.title().length() > MAX_TITLE) {
            problems.add(new FieldProblem("title", "member.duty.title-invalid", MAX_TITLE));
        }
        if (record.evidence() == null || record.evidence().length() > MAX_EVIDENCE) {
            problems.add(new FieldProblem("evidence", "member.duty.evidence", MAX_EVIDENCE));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        long id = store.submit(me.requireId(), me.committeeId(), record.activity(), record.occurredOn(), record.title(), record.evidence());
        events.publishEvent(AuditRecord.of("member.duty-submitted", actor.accountId(), "member-duty-record", id));
        return id;
    }

    /** Staff of the committee count a record added by hand. */
    @Transactional
    public void approve(long recordId, Actor actor) {
        Submitted record = forReview(recordId, actor);
        store.approve(record, rules.defaultRule(record.activity()).points(), actor.accountId(), Rows.now(clock));
        reviewed(record, actor, "member.duty-approved", "member.duty.approved.title", "member.duty.approved.body", "");
    }

    /** @throws DomainException INVALID without a note saying why */
    @Transactional
    public void returnToMember(long recordId, @Nullable String note, Actor actor) {
        String why = Texts.clean(note);
        if (why == null || why.length() > 200) {
            throw DomainException.invalidField("note", "member.duty.note", 200);
        }
        Submitted record = forReview(recordId, actor);
        store.returnToMember(recordId, actor.accountId(), Rows.now(clock), why);
        reviewed(record, actor, "member.duty-returned", "member.duty.returned.title", "member.duty.returned.body", why);
    }

    private boolean countFor(MemberAggregate member, DutyActivity activity, LocalDate day, String sourceKey, String title) {
        return store.count(member.requireId(), member.committeeId(), activity, day, sourceKey, title,
                rules.defaultRule(activity).points());
    }

    private Submitted forReview(long recordId, Actor actor) {
        Submitted record = store.lock(recordId).orElseThrow(() -> DomainException.notFound("member.duty.record-unknown", recordId));
        access.requireStaffReading(actor, access.committee(record.committeeId()).regionCode(), "member.duty.record-unknown", recordId);
        if (record.status() != DutyStatus.SUBMITTED) {
            throw DomainException.conflict("member.duty.reviewed");
        }
        return record;
    }

    private void reviewed(Submitted record, Actor actor, String action, String titleKey, String bodyKey, String note) {
        events.publishEvent(AuditRecord.of(action, actor.accountId(), "member-duty-record", record.id()));
        members.findById(record.memberId()).ifPresent(member -> notices.send(List.of(member.accountId()),
                Notice.of(MessageKind.GENERAL, titleKey, bodyKey, record.title(), note).linkingTo("/duty")));
    }
}
