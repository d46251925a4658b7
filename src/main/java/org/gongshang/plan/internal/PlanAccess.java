package org.gongshang.plan.internal;

import java.util.Optional;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.plan.PlanKind;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a plan. CPPCC plans are drafted by CPPCC staff, grassroots plans by the
 * cadres, in both cases of the organisation's region or above it. Only a REVIEWER (党委) whose
 * region covers the organisation's approves or returns: an administrator may act everywhere
 * else, but approval is the party committee's act. Drafts are seen by drafters and reviewers only.
 */
@Component
public class PlanAccess {

    private final Actors actors;
    private final Regions regions;

    PlanAccess(Actors actors, Regions regions) {
        this.actors = actors;
        this.regions = regions;
    }

    public static Role drafterRole(PlanKind kind) {
        return kind == PlanKind.CPPCC ? Role.STAFF : Role.CADRE;
    }

    public boolean mayDraft(Actor actor, PlanKind kind, String regionCode) {
        return actors.mayActIn(actor, regionCode, drafterRole(kind));
    }

    public boolean mayDraft(Actor actor, ConsultationPlan plan) {
        return mayDraft(actor, plan.kind(), plan.regionCode());
    }

    public boolean mayReview(Actor actor, ConsultationPlan plan) {
        return actors.scopeRoots(actor, Role.REVIEWER).stream().anyMatch(root -> regions.isWithin(plan.regionCode(), root));
    }

    /** Drafters and reviewers see every version; everyone else only approved ones. */
    public boolean maySeeDrafts(Optional<Actor> viewer, ConsultationPlan plan) {
        return viewer.map(actor -> mayDraft(actor, plan) || mayReview(actor, plan)).orElse(false);
    }

    public void requireDraft(Actor actor, PlanKind kind, String regionCode) {
        if (!mayDraft(actor, kind, regionCode)) {
            throw DomainException.forbidden("plan.draft.not-allowed");
        }
    }

    public void requireDraft(Actor actor, ConsultationPlan plan) {
        requireDraft(actor, plan.kind(), plan.regionCode());
    }

    public void requireReview(Actor actor, ConsultationPlan plan) {
        if (!mayReview(actor, plan)) {
            throw DomainException.forbidden("plan.review.not-allowed");
        }
    }
}
