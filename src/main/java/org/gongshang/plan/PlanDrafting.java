package org.gongshang.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.identity.Accounts;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Role;
import org.gongshang.plan.PlanHistoryEntry.Step;
import org.gongshang.plan.internal.ConsultationPlan;
import org.gongshang.plan.internal.ItemChecks;
import org.gongshang.plan.internal.PlanAccess;
import org.gongshang.plan.internal.PlanItem;
import org.gongshang.plan.internal.PlanStore;
import org.gongshang.plan.internal.PlanVersion;
import org.gongshang.plan.internal.PlanViews;
import org.gongshang.plan.internal.VersionStore;
import org.gongshang.region.Organization;
import org.gongshang.region.OrganizationType;
import org.gongshang.region.Organizations;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.gongshang.topic.TopicStatus;
import org.gongshang.topic.TopicView;
import org.gongshang.topic.Topics;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting a yearly plan: staff (CPPCC plans) or cadres (grassroots plans) start it, add, change
 * and remove items, submit it to the party committee, and amend it once approved. Topics are not
 * marked PLANNED here but on approval: a draft is not yet a plan (see {@link PlanReviews}).
 */
@Service
public class PlanDrafting {

    private final PlanStore plans;
    private final VersionStore versions;
    private final PlanAccess access;
    private final ItemChecks checks;
    private final PlanViews views;
    private final Organizations organizations;
    private final Accounts accounts;
    private final Topics topics;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanDrafting(PlanStore plans, VersionStore versions, PlanAccess access, ItemChecks checks, PlanViews views,
            Organizations organizations, Accounts accounts, Topics topics, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.versions = versions;
        this.access = access;
        this.checks = checks;
        this.views = views;
        this.organizations = organizations;
        this.accounts = accounts;
        this.topics = topics;
        this.events = events;
        this.clock = clock;
    }

    /** @throws DomainException INVALID for a missing organisation or year, FORBIDDEN, CONFLICT for a second plan of the year */
    @Transactional
    public PlanView create(NewPlan request, Actor actor) {
        List<FieldProblem> problems = new ArrayList<>();
        Organization organization = request.organizationId() == null ? null
                : organizations.find(request.organizationId()).filter(Organization::active).orElse(null);
        PlanKind kind = organization == null ? null : PlanKind.of(organization.type());
        if (request.organizationId() == null) {
            problems.add(new FieldProblem("organizationId", "plan.organization.required"));
        } else if (organization == null) {
            problems.add(new FieldProblem("organizationId", "plan.organization.unknown", request.organizationId()));
        } else if (kind == null) {
            problems.add(new FieldProblem("organizationId", "plan.organization.kind", organization.name()));
        }
        Integer year = request.year();
        if (year == null || year < ConsultationPlan.EARLIEST_YEAR || year > ConsultationPlan.LATEST_YEAR) {
            problems.add(new FieldProblem("year", "plan.year.range", String.valueOf(ConsultationPlan.EARLIEST_YEAR),
                    String.valueOf(ConsultationPlan.LATEST_YEAR)));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        access.requireDraft(actor, kind, organization.regionCode());
        if (plans.exists(organization.id(), year)) {
            throw duplicate(organization, year);
        }
        long planId;
        try {
            planId = plans.insert(organization.id(), organization.regionCode(), kind, year, actor.accountId(), clock.instant());
        } catch (DuplicateKeyException race) {
            throw duplicate(organization, year);
        }
        PlanVersion first = PlanVersion.first(planId, actor.accountId(), clock.instant());
        versions.insert(first);
        plans.addHistory(planId, 1, Step.CREATED, actor.accountId(), clock.instant(), null);
        events.publishEvent(AuditRecord.of("plan.created", actor.accountId(), "plan", planId)
                .with("organization", organization.id()).with("year", year));
        return view(planId);
    }

    /** @throws DomainException CONFLICT unless the plan is a draft or returned; INVALID for wrong input */
    @Transactional
    public PlanItemView addItem(long planId, PlanItemInput input, Actor actor) {
        ConsultationPlan plan = lockForDrafting(planId, actor);
        PlanVersion version = latest(planId);
        version.checkEditable();
        List<FieldProblem> problems = new ArrayList<>(PlanItem.problems(input.month(), input.form()));
        problems.addAll(checks.topic(plan, input.topicId()));
        problems.addAll(checks.people(plan, input.leads(), input.departments()));
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        PlanItem item = new PlanItem(null, input.topicId(), input.month(), input.form(), input.leads(), input.departments());
        version.add(item);
        versions.update(version);
        PlanItem stored = version.items().stream().filter(i -> i.topicId() == item.topicId()).findFirst().orElseThrow();
        events.publishEvent(AuditRecord.of("plan.item-added", actor.accountId(), "plan", planId)
                .with("version", version.number()).with("topic", item.topicId()).with("month", item.month()));
        return views.item(stored);
    }

    /** Changes month, form, lead members and departments of an item; its topic stays. */
    @Transactional
    public PlanItemView changeItem(long planId, long itemId, PlanItemInput input, Actor actor) {
        ConsultationPlan plan = lockForDrafting(planId, actor);
        PlanVersion version = latest(planId);
        version.checkEditable();
        version.item(itemId);
        List<FieldProblem> problems = new ArrayList<>(PlanItem.problems(input.month(), input.form()));
        problems.addAll(checks.people(plan, input.leads(), input.departments()));
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        PlanItem changed = version.change(itemId, input.month(), input.form(), input.leads(), input.departments());
        versions.update(version);
        events.publishEvent(AuditRecord.of("plan.item-changed", actor.accountId(), "plan", planId)
                .with("version", version.number()).with("topic", changed.topicId()).with("month", changed.month()));
        return views.item(changed);
    }

    /**
     * Takes an item out of the draft. A topic that a consultation has already taken up stays: the
     * plan in force said it would be consulted on, and it is.
     */
    @Transactional
    public void removeItem(long planId, long itemId, Actor actor) {
        lockForDrafting(planId, actor);
        PlanVersion version = latest(planId);
        version.checkEditable();
        TopicView topic = topics.get(version.item(itemId).topicId());
        if (topic.planId() != null && topic.planId() == planId
                && (topic.status() == TopicStatus.IN_CONSULTATION || topic.status() == TopicStatus.CONSULTED)) {
            throw DomainException.conflict("plan.item.consulting", topic.title());
        }
        PlanItem removed = version.remove(itemId);
        versions.update(version);
        events.publishEvent(AuditRecord.of("plan.item-removed", actor.accountId(), "plan", planId)
                .with("version", version.number()).with("topic", removed.topicId()));
    }

    /** Sends the draft (or the returned version, edited) to the reviewers whose region covers the organisation. */
    @Transactional
    public PlanView submit(long planId, Actor actor) {
        ConsultationPlan plan = lockForDrafting(planId, actor);
        PlanVersion version = latest(planId);
        if (version.status().isEditable()) {
            for (PlanItem item : version.items()) {
                TopicView topic = topics.get(item.topicId());
                checks.unavailable(plan, topic).ifPresent(key -> {
                    throw DomainException.conflict("plan.submit.topic-unavailable", topic.title());
                });
            }
        }
        version.submit(actor.accountId(), clock.instant());
        versions.update(version);
        plans.addHistory(planId, version.number(), Step.SUBMITTED, actor.accountId(), clock.instant(), null);
        events.publishEvent(AuditRecord.of("plan.submitted", actor.accountId(), "plan", planId)
                .with("version", version.number()).with("items", version.items().size()));
        String organization = views.organizationName(plan.organizationId());
        List<Long> reviewers = reviewersOf(plan).stream().filter(id -> id != actor.accountId()).toList();
        events.publishEvent(new PlanSubmitted(planId, version.number(), organization, plan.year(), reviewers));
        return view(planId);
    }

    /**
     * Starts an amendment of the approved plan: a new draft version with the same items. The approved
     * version stays in force, and readable, until the amendment is approved.
     */
    @Transactional
    public PlanView amend(long planId, Actor actor) {
        lockForDrafting(planId, actor);
        PlanVersion next = latest(planId).amend(actor.accountId(), clock.instant());
        versions.insert(next);
        plans.addHistory(planId, next.number(), Step.AMENDED, actor.accountId(), clock.instant(), null);
        events.publishEvent(AuditRecord.of("plan.amended", actor.accountId(), "plan", planId).with("version", next.number()));
        return view(planId);
    }

    /** Reviewers of the party committees (departments holding the REVIEWER role) of the plan's region and above. */
    private List<Long> reviewersOf(ConsultationPlan plan) {
        List<Long> committees = organizations.possibleParents(plan.regionCode()).stream()
                .filter(o -> o.type() == OrganizationType.DEPARTMENT).map(Organization::id).toList();
        return accounts.holders(Role.REVIEWER, committees).stream().distinct().toList();
    }

    private ConsultationPlan lockForDrafting(long planId, Actor actor) {
        ConsultationPlan plan = plans.findForUpdate(planId).orElseThrow(() -> DomainException.notFound("plan.unknown", planId));
        access.requireDraft(actor, plan);
        return plan;
    }

    private PlanVersion latest(long planId) {
        return versions.latest(planId).orElseThrow(() -> DomainException.notFound("plan.unknown", planId));
    }

    private PlanView view(long planId) {
        ConsultationPlan plan = plans.find(planId).orElseThrow();
        return views.of(plan, latest(planId));
    }

    private static DomainException duplicate(Organization organization, int year) {
        return DomainException.conflict("plan.duplicate", organization.name(), String.valueOf(year));
    }
}
