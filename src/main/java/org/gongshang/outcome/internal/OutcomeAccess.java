package org.gongshang.outcome.internal;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.outcome.Handler;
import org.gongshang.outcome.Recommendation;
import org.gongshang.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may see and manage a recommendation. Staff (and admins) manage those of their region and
 * below; the lead and co-handling departments see theirs; raters see what they rate; everyone sees
 * public ones once transferred. Those who may not see it get 404, as if it did not exist.
 */
@Component
public class OutcomeAccess {

    private final Actors actors;
    private final RatingStore ratings;

    OutcomeAccess(Actors actors, RatingStore ratings) {
        this.actors = actors;
        this.ratings = ratings;
    }

    public boolean mayManage(Actor actor, Recommendation recommendation) {
        return actors.mayActIn(actor, recommendation.regionCode(), Role.STAFF);
    }

    /** @throws DomainException FORBIDDEN for someone who may see it but not manage it, NOT_FOUND for others */
    public void requireManager(Actor actor, Recommendation recommendation) {
        if (!mayManage(actor, recommendation)) {
            requireView(actor, recommendation);
            throw DomainException.forbidden("outcome.staff-only");
        }
    }

    /** Staff of the region may create and manage recommendations there. */
    public void requireStaffIn(Actor actor, String regionCode) {
        actors.requireIn(actor, regionCode, Role.STAFF);
    }

    public boolean mayView(@org.jspecify.annotations.Nullable Actor actor, Recommendation recommendation) {
        if (recommendation.isPubliclyVisible()) {
            return true;
        }
        if (actor == null) {
            return false;
        }
        Handler handler = Handler.of(actor);
        return mayManage(actor, recommendation) || recommendation.isLead(handler) || recommendation.isCoHandler(handler)
                || ratings.isRater(recommendation.id(), actor.accountId());
    }

    public void requireView(@org.jspecify.annotations.Nullable Actor actor, Recommendation recommendation) {
        if (!mayView(actor, recommendation)) {
            throw DomainException.notFound("outcome.unknown", recommendation.id());
        }
    }

    public java.util.List<String> staffRegions(Actor actor) {
        return actors.scopeRoots(actor, Role.STAFF);
    }
}
