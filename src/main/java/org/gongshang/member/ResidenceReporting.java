package org.gongshang.member;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Role;
import org.gongshang.member.internal.Communities;
import org.gongshang.member.internal.CommunityCadres;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.member.internal.ResidenceReportAggregate;
import org.gongshang.member.internal.ResidenceReportRepository;
import org.gongshang.notification.MessageKind;
import org.gongshang.notification.Notice;
import org.gongshang.notification.Notices;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residence reporting (委员到居住地报到): a member reports to the community they live in, from their
 * phone; the community's cadres are told and one of them confirms or declines with a reason, which
 * the member is told. A member has one open report: reporting elsewhere (after moving) withdraws
 * the earlier one.
 */
@Service
public class ResidenceReporting {

    private final ResidenceReportRepository repository;
    private final Members members;
    private final Communities communities;
    private final CommunityCadres cadres;
    private final MemberAccess access;
    private final Notices notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ResidenceReporting(ResidenceReportRepository repository, Members members, Communities communities, CommunityCadres cadres,
            MemberAccess access, Notices notices, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.members = members;
        this.communities = communities;
        this.cadres = cadres;
        this.access = access;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param communityCode where the member lives; null for the community of the account's residence
     * @throws DomainException FORBIDDEN for someone who is not a member, INVALID for anything but an
     *     active community, CONFLICT when the member reported there already
     */
    @Transactional
    public long report(@Nullable String communityCode, Actor actor) {
        Member member = members.mine(actor).orElseThrow(() -> DomainException.forbidden("member.not-a-member"));
        String code = communityCode != null ? communityCode
                : communities.of(actor.residenceRegionCode()).map(region -> region.code()).orElse(null);
        communities.problem("communityCode", code, null).ifPresent(problem -> {
            throw DomainException.invalidFields(List.of(problem));
        });
        Instant now = Rows.now(clock);
        repository.findOpen(member.id()).ifPresent(open -> {
            if (open.communityCode().equals(code)) {
                throw DomainException.conflict("member.report.already", communities.name(code));
            }
            repository.save(open.withdrawn(now));
        });
        ResidenceReportAggregate report = repository.save(ResidenceReportAggregate.report(member.id(), code, now));
        long id = report.id() == null ? 0 : report.id();
        events.publishEvent(AuditRecord.of("member.reported", actor.accountId(), "member-residence-report", id)
                .with("member", member.id()).with("community", code));
        notices.send(cadres.of(code), Notice.of(MessageKind.GENERAL, "member.report.notice.title", "member.report.notice.body",
                member.name(), communities.name(code)).linkingTo("/residence-reports"));
        return id;
    }

    /** A cadre of the community (or of its street or township) confirms. */
    @Transactional
    public void confirm(long reportId, Actor actor) {
        ResidenceReportAggregate report = loadForCadre(reportId, actor);
        repository.save(report.confirmed(actor.accountId(), Rows.now(clock)));
        decided(report, "member.report-confirmed", "member.report.confirmed.title", "member.report.confirmed.body", actor, null);
    }

    /** @throws DomainException INVALID without a reason */
    @Transactional
    public void decline(long reportId, @Nullable String reason, Actor actor) {
        ResidenceReportAggregate report = loadForCadre(reportId, actor);
        ResidenceReportAggregate declined = repository.save(report.declined(actor.accountId(), reason, Rows.now(clock)));
        decided(report, "member.report-declined", "member.report.declined.title", "member.report.declined.body", actor,
                declined.declineReason());
    }

    /** The member takes back their open report, e.g. after moving away. */
    @Transactional
    public void withdraw(Actor actor) {
        Member member = members.mine(actor).orElseThrow(() -> DomainException.forbidden("member.not-a-member"));
        ResidenceReportAggregate open = repository.findOpen(member.id())
                .orElseThrow(() -> DomainException.conflict("member.report.none"));
        repository.save(open.withdrawn(Rows.now(clock)));
        events.publishEvent(AuditRecord.of("member.report-withdrawn", actor.accountId(), "member-residence-report", open.id()));
    }

    private void decided(ResidenceReportAggregate report, String action, String titleKey, String bodyKey, Actor actor,
            @Nullable String reason) {
        events.publishEvent(AuditRecord.of(action, actor.accountId(), "member-residence-report", report.id()));
        Member member = members.get(report.memberId());
        notices.send(List.of(member.accountId()), Notice.of(MessageKind.GENERAL, titleKey, bodyKey,
                communities.name(report.communityCode()), reason == null ? "" : reason).linkingTo("/duty/residence"));
    }

    /** Cadres elsewhere see no such report (404); members and staff may not decide (403). */
    private ResidenceReportAggregate loadForCadre(long reportId, Actor actor) {
        ResidenceReportAggregate report = repository.findById(reportId)
                .orElseThrow(() -> DomainException.notFound("member.report.unknown", reportId));
        if (!access.mayActIn(actor, report.communityCode(), Role.CADRE)) {
            if (actor.has(Role.CADRE)) {
                throw DomainException.notFound("member.report.unknown", reportId);
            }
            throw DomainException.forbidden("member.report.cadres-only");
        }
        return report;
    }
}
