package org.gongshang.followup.internal;

import java.util.List;

import org.gongshang.followup.Survey;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a questionnaire. Staff of its region (and above; admins anywhere) build it,
 * publish and close it, and see the answers. People answer a published one when they were invited
 * or, for a survey open to its region, when they live there. Anyone else is told it does not exist
 * (404), as for other regions' data; someone who may see it but not manage it gets 403.
 */
@Component
public class SurveyAccess {

    private final Actors actors;
    private final Regions regions;
    private final InvitationStore invitations;

    SurveyAccess(Actors actors, Regions regions, InvitationStore invitations) {
        this.actors = actors;
        this.regions = regions;
        this.invitations = invitations;
    }

    public boolean mayManage(Actor actor, String regionCode) {
        return actors.mayActIn(actor, regionCode, Role.STAFF);
    }

    public boolean mayManage(Actor actor, Survey survey) {
        return mayManage(actor, survey.regionCode());
    }

    /** @throws DomainException FORBIDDEN unless staff of the region */
    public void requireStaffIn(Actor actor, String regionCode) {
        actors.requireIn(actor, regionCode, Role.STAFF);
    }

    /** Whether the actor is among those asked: invited, or a resident of the region of a survey open to it. */
    public boolean isAsked(Actor actor, Survey survey) {
        if (survey.status() == org.gongshang.followup.SurveyStatus.DRAFT) {
            return false;
        }
        if (invitations.isInvited(survey.id(), actor.accountId())) {
            return true;
        }
        String home = actor.residenceRegionCode();
        return survey.audience() == org.gongshang.followup.SurveyAudience.REGION && home != null
                && regions.find(home).isPresent() && regions.isWithin(home, survey.regionCode());
    }

    public boolean mayView(@Nullable Actor actor, Survey survey) {
        return actor != null && (mayManage(actor, survey) || isAsked(actor, survey));
    }

    /** @throws DomainException NOT_FOUND for those who may not see it */
    public void requireView(@Nullable Actor actor, Survey survey) {
        if (!mayView(actor, survey)) {
            throw DomainException.notFound("followup.survey.unknown", survey.id());
        }
    }

    /** @throws DomainException FORBIDDEN for those who see it but may not manage it, NOT_FOUND for others */
    public void requireManager(Actor actor, Survey survey) {
        if (!mayManage(actor, survey)) {
            requireView(actor, survey);
            throw DomainException.forbidden("followup.survey.staff-only");
        }
    }

    /** The region codes a manager's lists cover; every region for admins. */
    public List<String> managedRegions(Actor actor) {
        List<String> roots = actor.isAdmin() ? regions.roots().stream().map(org.gongshang.region.Region::code).toList()
                : actors.scopeRoots(actor, Role.STAFF);
        return roots.stream().flatMap(root -> regions.codesWithin(root).stream()).distinct().toList();
    }

    /** The codes from the top of the tree down to the actor's home: a REGION survey of any of them asks them. */
    public List<String> residenceLineage(Actor actor) {
        String home = actor.residenceRegionCode();
        if (home == null || regions.find(home).isEmpty()) {
            return List.of();
        }
        return regions.lineage(home).stream().map(org.gongshang.region.Region::code).toList();
    }
}
