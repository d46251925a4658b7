package org.gongshang.emergency.internal;

import java.util.List;

import org.gongshang.emergency.Emergency;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.region.Region;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on an event. Staff and cadres handle the events of their region and below
 * (confirm, respond, consult, resolve); CPPCC staff review them; members of a committee covering the
 * place follow them; reporters see their own. For everyone else an event does not exist (404) —
 * open events are not public, since the first report may name people and be wrong.
 */
@Component
public class EmergencyAccess {

    private final Actors actors;
    private final Regions regions;
    private final ReporterStore reporters;

    EmergencyAccess(Actors actors, Regions regions, ReporterStore reporters) {
        this.actors = actors;
        this.regions = regions;
        this.reporters = reporters;
    }

    public boolean mayHandle(Actor actor, Emergency emergency) {
        return actors.mayActIn(actor, emergency.place().regionCode(), Role.STAFF, Role.CADRE);
    }

    public boolean mayReview(Actor actor, Emergency emergency) {
        return actors.mayActIn(actor, emergency.place().regionCode(), Role.STAFF);
    }

    public boolean mayView(@Nullable Actor actor, Emergency emergency) {
        return actor != null && (actors.mayActIn(actor, emergency.place().regionCode(), Role.STAFF, Role.CADRE, Role.MEMBER)
                || reporters.isReporter(emergency.id(), actor.accountId()));
    }

    /** @throws DomainException NOT_FOUND for someone who may not see it */
    public void requireView(@Nullable Actor actor, Emergency emergency) {
        if (!mayView(actor, emergency)) {
            throw DomainException.notFound("emergency.unknown", emergency.id());
        }
    }

    /** @throws DomainException NOT_FOUND for someone who may not see it, FORBIDDEN for one who sees but may not handle it */
    public void requireHandler(Actor actor, Emergency emergency) {
        requireView(actor, emergency);
        if (!mayHandle(actor, emergency)) {
            throw DomainException.forbidden("emergency.not-handler");
        }
    }

    /** @throws DomainException NOT_FOUND or FORBIDDEN as {@link #requireHandler}, for CPPCC staff */
    public void requireReviewer(Actor actor, Emergency emergency) {
        requireView(actor, emergency);
        if (!mayReview(actor, emergency)) {
            throw DomainException.forbidden("emergency.not-reviewer");
        }
    }

    /** Whether the actor handles events anywhere (the desk is theirs). */
    public boolean handlesSomewhere(Actor actor) {
        return actor.isAdmin() || !actors.scopeRoots(actor, Role.STAFF, Role.CADRE).isEmpty();
    }

    /** The region codes of the actor's scope for the roles; null for an admin (everywhere). */
    public @Nullable List<String> scope(Actor actor, Role... roles) {
        if (actor.isAdmin()) {
            return null;
        }
        return actors.scopeRoots(actor, roles).stream().flatMap(root -> regions.codesWithin(root).stream()).distinct().toList();
    }

    /** The place of a report: a community or a grid, active. */
    public @Nullable Region reportable(String regionCode) {
        return regions.find(regionCode).filter(Region::active)
                .filter(region -> switch (region.level()) {
                    case COMMUNITY, GRID -> true;
                    default -> false;
                }).orElse(null);
    }
}
