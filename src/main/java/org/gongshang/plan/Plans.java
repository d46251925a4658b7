package org.gongshang.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Role;
import org.gongshang.plan.internal.ConsultationPlan;
import org.gongshang.plan.internal.ItemChecks;
import org.gongshang.plan.internal.PlanAccess;
import org.gongshang.plan.internal.PlanStore;
import org.gongshang.plan.internal.PlanVersion;
import org.gongshang.plan.internal.PlanViews;
import org.gongshang.plan.internal.VersionStore;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Text;
import org.gongshang.topic.TopicView;
import org.gongshang.topic.Topics;
import org.springframework.stereotype.Service;

/**
 * Reading plans, each as the viewer may see it: everyone reads the version in force (and earlier
 * approved ones); the organisation's drafters and the reviewers of its region also read drafts,
 * submitted and returned versions. What a viewer may not see is "not found".
 */
@Service
public class Plans {

    private final PlanStore plans;
    private final VersionStore versions;
    private final PlanAccess access;
    private final PlanViews views;
    private final ItemChecks checks;
    private final Topics topics;
    private final Organizations organizations;
    private final Regions regions;

    Plans(PlanStore plans, VersionStore versions, PlanAccess access, PlanViews views, ItemChecks checks, Topics topics,
            Organizations organizations, Regions regions) {
        this.plans = plans;
        this.versions = versions;
        this.access = access;
        this.views = views;
        this.checks = checks;
        this.topics = topics;
        this.organizations = organizations;
        this.regions = regions;
    }

    /** The newest version the viewer may see: the working one for drafters and reviewers, else the one in force. */
    public PlanView read(long planId, Optional<Actor> viewer) {
        ConsultationPlan plan = plan(planId);
        return visibleVersion(plan, viewer).map(version -> views.of(plan, version))
                .orElseThrow(() -> DomainException.notFound("plan.unknown", planId));
    }

    /** A version by number, e.g. an earlier approved version after an amendment. */
    public PlanView readVersion(long planId, int number, Optional<Actor> viewer) {
        ConsultationPlan plan = plan(planId);
        PlanVersion version = versions.find(planId, number)
                .filter(v -> v.status().isPublic() || access.maySeeDrafts(viewer, plan))
                .orElseThrow(() -> DomainException.notFound("plan.version.unknown", number));
        return views.of(plan, version);
    }

    /** The versions the viewer may see, newest first. */
    public List<PlanVersionSummary> versions(long planId, Optional<Actor> viewer) {
        ConsultationPlan plan = plan(planId);
        boolean insider = access.maySeeDrafts(viewer, plan);
        List<PlanVersion> visible = versions.all(planId).stream().filter(v -> insider || v.status().isPublic()).toList();
        if (visible.isEmpty()) {
            throw DomainException.notFound("plan.unknown", planId);
        }
        Map<Long, Integer> counts = versions.itemCounts(visible.stream().map(PlanVersion::id).filter(Objects::nonNull).toList());
        return visible.stream().map(v -> new PlanVersionSummary(v.number(), v.status(), counts.getOrDefault(v.id(), 0),
                v.createdAt(), v.submittedAt(), v.decidedAt(), insider ? v.comment() : null)).toList();
    }

    /** Created, submitted, returned with comments, approved, amended: for drafters and reviewers only. */
    public List<PlanHistoryEntry> history(long planId, Optional<Actor> viewer) {
        ConsultationPlan plan = plan(planId);
        if (!access.maySeeDrafts(viewer, plan)) {
            return List.of();
        }
        return plans.history(planId).stream().map(row -> new PlanHistoryEntry(row.version(), row.step(), row.actorId(),
                views.accountName(row.actorId()), row.at(), row.comment())).toList();
    }

    /** Plans matching the query, each in the newest version the viewer may see; newest year first. */
    public List<PlanView> list(PlanQuery query, Optional<Actor> viewer) {
        String region = Text.blankToNull(query.region());
        Set<String> regionCodes = region == null ? null
                : regions.find(region).map(r -> regions.codesWithin(r.code())).orElse(Set.of());
        List<PlanView> found = new ArrayList<>();
        for (ConsultationPlan plan : plans.list(query.organizationId(), query.year(), regionCodes)) {
            visibleVersion(plan, viewer).filter(v -> query.status() == null || v.status() == query.status())
                    .ifPresent(version -> found.add(views.of(plan, version)));
        }
        return found;
    }

    /** Whether the actor drafts this plan (pages show the editor's links). */
    public boolean mayDraft(Actor actor, long planId) {
        return access.mayDraft(actor, plan(planId));
    }

    /** Whether the actor approves or returns this plan. */
    public boolean mayReview(Actor actor, long planId) {
        return access.mayReview(actor, plan(planId));
    }

    /** The organisations for which the actor may start a plan: CPPCC committees for staff, grassroots ones for cadres. */
    public List<Organization> organizationsFor(Actor actor) {
        List<Organization> all = new ArrayList<>();
        for (PlanKind kind : PlanKind.values()) {
            Role role = PlanAccess.drafterRole(kind);
            List<String> roots = actor.isAdmin() ? regions.roots().stream().map(r -> r.code()).toList()
                    : actor.grants(role).stream().map(g -> g.regionCode()).filter(Objects::nonNull).toList();
            roots.stream().flatMap(root -> organizations.list(null, root).stream())
                    .filter(o -> PlanKind.of(o.type()) == kind)
                    .filter(o -> all.stream().noneMatch(known -> known.id() == o.id()))
                    .forEach(all::add);
        }
        return all;
    }

    /** What the editor offers for the plan's working version: accepted topics not in it yet, members, departments. */
    public PlanChoices choices(long planId, Actor actor) {
        ConsultationPlan plan = plan(planId);
        access.requireDraft(actor, plan);
        Set<Long> taken = versions.latest(planId).map(PlanVersion::topicIds).orElse(Set.of());
        List<TopicView> available = topics.accepted(plan.regionCode()).stream()
                .filter(topic -> !taken.contains(topic.id()) && checks.inRegion(plan, topic)).toList();
        return new PlanChoices(available, checks.members(plan), checks.departments(plan));
    }

    private Optional<PlanVersion> visibleVersion(ConsultationPlan plan, Optional<Actor> viewer) {
        return access.maySeeDrafts(viewer, plan) ? versions.latest(plan.id()) : versions.inForce(plan.id());
    }

    private ConsultationPlan plan(long planId) {
        return plans.find(planId).orElseThrow(() -> DomainException.notFound("plan.unknown", planId));
    }
}
