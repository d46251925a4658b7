package org.gongshang.plan;

import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.plan.PlanHistoryEntry.Step;
import org.gongshang.plan.internal.ConsultationPlan;
import org.gongshang.plan.internal.PlanAccess;
import org.gongshang.plan.internal.PlanStore;
import org.gongshang.plan.internal.PlanVersion;
import org.gongshang.plan.internal.PlanViews;
import org.gongshang.plan.internal.VersionStore;
import org.gongshang.region.Regions;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.topic.TopicStatus;
import org.gongshang.topic.TopicView;
import org.gongshang.topic.Topics;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 党委审定: a REVIEWER whose region covers the organisation approves a submitted version or returns
 * it with comments.
 *
 * <p>Topics become PLANNED here, on approval, not when added to a draft: PLANNED is what residents
 * read on their topic ("已列入协商计划") and what supporters are told, and a draft is not a plan
 * until the party committee approved it — it may be returned, changed or never submitted. So an
 * approval marks the topics new to the plan and releases (back to ACCEPTED) those an amendment
 * dropped, in the same transaction; a returned version changes no topic.
 */
@Service
public class PlanReviews {

    private final PlanStore plans;
    private final VersionStore versions;
    private final PlanAccess access;
    private final PlanViews views;
    private final Topics topics;
    private final Actors actors;
    private final Regions regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanReviews(PlanStore plans, VersionStore versions, PlanAccess access, PlanViews views, Topics topics, Actors actors,
            Regions regions, ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.versions = versions;
        this.access = access;
        this.views = views;
        this.topics = topics;
        this.actors = actors;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    /** Plans waiting for the reviewer's decision, oldest submission first. */
    public List<PlanView> awaiting(Actor reviewer) {
        Set<String> regionCodes = new HashSet<>();
        actors.scopeRoots(reviewer, Role.REVIEWER).forEach(root -> regionCodes.addAll(regions.codesWithin(root)));
        if (regionCodes.isEmpty()) {
            return List.of();
        }
        return plans.list(null, null, regionCodes).stream()
                .flatMap(plan -> versions.latest(plan.id()).filter(v -> v.status() == PlanStatus.SUBMITTED)
                        .map(v -> views.of(plan, v)).stream())
                .sorted(java.util.Comparator.comparing(PlanView::submittedAt, java.util.Comparator.nullsLast(
                        java.util.Comparator.naturalOrder())))
                .toList();
    }

    /**
     * @throws DomainException FORBIDDEN for anyone but a reviewer of the region, or for the one who
     *         submitted it; CONFLICT unless submitted, or when a topic went elsewhere meanwhile
     */
    @Transactional
    public PlanView approve(long planId, Actor reviewer) {
        ConsultationPlan plan = lockForReview(planId, reviewer);
        PlanVersion version = latest(planId);
        Optional<PlanVersion> previous = versions.inForce(planId);
        version.approve(reviewer.accountId(), clock.instant());
        Set<Long> before = previous.map(PlanVersion::topicIds).orElse(Set.of());
        Set<Long> after = version.topicIds();
        List<TopicView> added = after.stream().filter(id -> !before.contains(id)).sorted().map(topics::get).toList();
        for (TopicView topic : added) {
            if (topic.status() != TopicStatus.ACCEPTED) {
                throw DomainException.conflict("plan.approve.topic-unavailable", topic.title());
            }
        }
        previous.ifPresent(inForce -> {
            inForce.supersede();
            versions.update(inForce);
        });
        versions.update(version);
        for (TopicView topic : added) {
            topics.markPlanned(topic.id(), planId, reviewer);
        }
        before.stream().filter(id -> !after.contains(id)).sorted().map(topics::get)
                .filter(topic -> topic.status() == TopicStatus.PLANNED && topic.planId() != null && topic.planId() == planId)
                .forEach(topic -> topics.markUnplanned(topic.id(), reviewer));
        plans.addHistory(planId, version.number(), Step.APPROVED, reviewer.accountId(), clock.instant(), null);
        events.publishEvent(AuditRecord.of("plan.approved", reviewer.accountId(), "plan", planId)
                .with("version", version.number()).with("items", after.size()));
        events.publishEvent(new PlanApproved(planId, version.number(), views.organizationName(plan.organizationId()),
                plan.year(), drafters(version, reviewer)));
        return views.of(plan, version);
    }

    /** @throws DomainException INVALID without a comment; FORBIDDEN and CONFLICT as for approval */
    @Transactional
    public PlanView returnToDrafters(long planId, @Nullable String comment, Actor reviewer) {
        ConsultationPlan plan = lockForReview(planId, reviewer);
        PlanVersion version = latest(planId);
        version.returnToDrafters(reviewer.accountId(), comment, clock.instant());
        versions.update(version);
        plans.addHistory(planId, version.number(), Step.RETURNED, reviewer.accountId(), clock.instant(), version.comment());
        events.publishEvent(AuditRecord.of("plan.returned", reviewer.accountId(), "plan", planId)
                .with("version", version.number()));
        events.publishEvent(new PlanReturned(planId, version.number(), views.organizationName(plan.organizationId()),
                plan.year(), java.util.Objects.requireNonNull(version.comment()), drafters(version, reviewer)));
        return views.of(plan, version);
    }

    /** Who drafted and who submitted the version: they hear of the decision. */
    private static List<Long> drafters(PlanVersion version, Actor reviewer) {
        Set<Long> ids = new LinkedHashSet<>();
        ids.add(version.createdBy());
        if (version.submittedBy() != null) {
            ids.add(version.submittedBy());
        }
        ids.remove(reviewer.accountId());
        return List.copyOf(ids);
    }

    private ConsultationPlan lockForReview(long planId, Actor reviewer) {
        ConsultationPlan plan = plans.findForUpdate(planId).orElseThrow(() -> DomainException.notFound("plan.unknown", planId));
        access.requireReview(reviewer, plan);
        return plan;
    }

    private PlanVersion latest(long planId) {
        return versions.latest(planId).orElseThrow(() -> DomainException.notFound("plan.unknown", planId));
    }
}
