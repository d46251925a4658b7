package org.gongshang.deliberation;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who organises and moderates: CPPCC staff of the deliberation's region (or above), community
 * cadres for grassroots deliberations in their area, and admins.
 */
@Component
public class DeliberationAccess {

    private final Actors actors;

    DeliberationAccess(Actors actors) {
        this.actors = actors;
    }

    public boolean mayOrganise(Actor actor, String regionCode) {
        return actors.mayActIn(actor, regionCode, Role.STAFF, Role.CADRE);
    }

    /** @throws org.gongshang.shared.DomainException FORBIDDEN */
    public void requireOrganiser(Actor actor, String regionCode) {
        actors.requireIn(actor, regionCode, Role.STAFF, Role.CADRE);
    }

    /** Whether the actor may start deliberations anywhere at all (for showing the link). */
    public boolean organisesSomewhere(Actor actor) {
        return actor.isAdmin() || actor.hasAny(Role.STAFF, Role.CADRE);
    }
}
