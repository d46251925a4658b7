package org.gongshang.quality;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.Participant;
import org.gongshang.consultation.Participants;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Role;
import org.gongshang.notification.MessageKind;
import org.gongshang.notification.Notice;
import org.gongshang.notification.Notices;
import org.gongshang.quality.internal.EvaluationAggregate;
import org.gongshang.quality.internal.EvaluationRefresh;
import org.gongshang.quality.internal.EvaluationRepository;
import org.gongshang.quality.internal.PanelAnswerRow;
import org.gongshang.quality.internal.PanelInvitationAggregate;
import org.gongshang.quality.internal.PanelInvitationRepository;
import org.gongshang.quality.internal.QualityAccess;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Rows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The panel's assessment (评议): staff of the region invite assessors — party reviewers and CPPCC
 * members of the region or above, and residents' and others' representatives who took part — who are
 * told in their inbox and score the rubric once, 1 to 5 with comments. The mean of all answers is the
 * panel indicator; the evaluation is computed again with each answer.
 */
@Service
public class PanelAssessments {

    private final PanelInvitationRepository invitations;
    private final EvaluationRepository evaluations;
    private final EvaluationRefresh refresh;
    private final QualityAccess access;
    private final Participants participants;
    private final Organizations organizations;
    private final Accounts accounts;
    private final Notices notices;
    private final QualityProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PanelAssessments(PanelInvitationRepository invitations, EvaluationRepository evaluations, EvaluationRefresh refresh,
            QualityAccess access, Participants participants, Organizations organizations, Accounts accounts, Notices notices,
            QualityProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.invitations = invitations;
        this.evaluations = evaluations;
        this.refresh = refresh;
        this.access = access;
        this.participants = participants;
        this.organizations = organizations;
        this.accounts = accounts;
        this.notices = notices;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Invites the accounts not invited yet and tells them, in the same transaction.
     *
     * @return the new invitations
     * @throws DomainException FORBIDDEN for anyone but staff of the region, CONFLICT when the evaluation is
     *     closed or everyone was invited already, INVALID for an account that may not assess it
     */
    @Transactional
    public List<PanelSummary.Assessor> invite(long consultationId, List<Long> accountIds, Actor actor) {
        Consultation consultation = access.requireManage(consultationId, actor);
        requireOpen(consultationId);
        Map<Long, String> eligible = new LinkedHashMap<>();
        candidates(consultation).forEach(candidate -> eligible.putIfAbsent(candidate.accountId(), candidate.name()));
        // a null in a hand-written JSON list chooses nobody
        Set<Long> wanted = new LinkedHashSet<>();
        accountIds.stream().filter(Objects::nonNull).forEach(wanted::add);
        if (wanted.isEmpty()) {
            throw DomainException.invalidField("accountIds", "quality.panel.nobody");
        }
        for (long accountId : wanted) {
            if (!eligible.containsKey(accountId)) {
                throw DomainException.invalidField("accountIds", "quality.panel.not-eligible", Long.toString(accountId));
            }
        }
        List<PanelSummary.Assessor> invited = new ArrayList<>();
        for (long accountId : wanted) {
            if (invitations.findByConsultationIdAndAccountId(consultationId, accountId).isPresent()) {
                continue;
            }
            PanelInvitationAggregate saved = invitations.save(
                    PanelInvitationAggregate.invite(consultationId, accountId, actor.accountId(), Rows.now(clock)));
            notices.send(List.of(accountId), Notice.of(MessageKind.SURVEY, "quality.panel.notice.title",
                    "quality.panel.notice.body", consultation.title()).linkingTo("/quality/assessments/" + saved.id()));
            invited.add(assessor(saved, eligible.get(accountId)));
        }
        if (invited.isEmpty()) {
            throw DomainException.conflict("quality.panel.invited-already");
        }
        events.publishEvent(AuditRecord.of("quality.panel-invited", actor.accountId(), "consultation", consultationId)
                .with("assessors", invited.stream().map(PanelSummary.Assessor::accountId).toList()));
        return invited;
    }

    /** The panel for the report: staff and organisers see who assessed and how. */
    public PanelSummary summary(long consultationId, Actor actor) {
        Consultation consultation = access.requireView(consultationId, actor);
        List<PanelSummary.Assessor> assessors = invitations.findByConsultationIdOrderById(consultationId).stream()
                .map(invitation -> assessor(invitation, name(invitation.accountId()))).toList();
        List<PanelSummary.Candidate> candidates = access.mayManage(actor, consultation.regionCode())
                ? candidates(consultation).stream()
                        .filter(c -> assessors.stream().noneMatch(a -> a.accountId() == c.accountId())).toList()
                : List.of();
        return new PanelSummary(properties.rubric(), assessors, candidates);
    }

    /** @throws DomainException NOT_FOUND unless the invitation is the actor's */
    public PanelSheet sheet(long invitationId, Actor actor) {
        PanelInvitationAggregate invitation = own(invitationId, actor);
        EvaluationAggregate evaluation = evaluations.findById(invitation.consultationId())
                .orElseThrow(() -> DomainException.notFound("quality.panel.unknown", invitationId));
        return new PanelSheet(invitationId, invitation.consultationId(), evaluation.title(), properties.rubric(),
                evaluation.isOpen(), invitation.answeredAt(), invitation.scores(),
                invitation.answers().stream().map(PanelAnswerRow::comment).toList());
    }

    /** The actor's invitations, newest first. */
    public List<PanelSheet> mine(Actor actor) {
        return invitations.findByAccountIdOrderByIdDesc(actor.accountId()).stream()
                .map(invitation -> sheet(invitation.id() == null ? 0 : invitation.id(), actor)).toList();
    }

    /**
     * The assessor's scores; the evaluation is computed again with them.
     *
     * @throws DomainException NOT_FOUND unless the invitation is the actor's, CONFLICT when answered already
     *     or the evaluation is closed, INVALID with a problem per question
     */
    @Transactional
    public PanelSheet answer(long invitationId, Map<String, PanelAnswer> answers, Actor actor) {
        PanelInvitationAggregate invitation = own(invitationId, actor);
        requireOpen(invitation.consultationId());
        invitations.save(invitation.answered(properties.rubric(), answers, Rows.now(clock)));
        events.publishEvent(AuditRecord.of("quality.panel-answered", actor.accountId(), "consultation",
                invitation.consultationId()));
        refresh.refresh(invitation.consultationId());
        return sheet(invitationId, actor);
    }

    private List<PanelSummary.Candidate> candidates(Consultation consultation) {
        List<PanelSummary.Candidate> candidates = new ArrayList<>();
        for (Participant attendee : participants.attendees(consultation.id())) {
            if (attendee.accountId() != null) {
                candidates.add(new PanelSummary.Candidate(attendee.accountId(), attendee.name(),
                        "consultation.category." + attendee.category()));
            }
        }
        List<Long> organizationIds = organizations.possibleParents(consultation.regionCode()).stream().map(Organization::id).toList();
        for (Role role : List.of(Role.REVIEWER, Role.MEMBER)) {
            for (long accountId : accounts.holders(role, organizationIds)) {
                candidates.add(new PanelSummary.Candidate(accountId, name(accountId), "role." + role));
            }
        }
        Set<Long> seen = new LinkedHashSet<>();
        return candidates.stream().filter(c -> seen.add(c.accountId())).toList();
    }

    private PanelInvitationAggregate own(long invitationId, Actor actor) {
        return invitations.findById(invitationId).filter(invitation -> invitation.accountId() == actor.accountId())
                .orElseThrow(() -> DomainException.notFound("quality.panel.unknown", invitationId));
    }

    private void requireOpen(long consultationId) {
        EvaluationAggregate evaluation = evaluations.findById(consultationId)
                .orElseThrow(() -> DomainException.notFound("quality.evaluation.none", consultationId));
        if (!evaluation.isOpen()) {
            throw DomainException.conflict("quality.panel.closed");
        }
    }

    private String name(long accountId) {
        return accounts.find(accountId).map(account -> account.realName()).orElse("#" + accountId);
    }

    private static PanelSummary.Assessor assessor(PanelInvitationAggregate invitation, String name) {
        return new PanelSummary.Assessor(invitation.id() == null ? 0 : invitation.id(), invitation.accountId(), name,
                invitation.invitedAt(), invitation.answeredAt(), invitation.scores(),
                invitation.answers().stream().map(PanelAnswerRow::comment).toList());
    }
}
