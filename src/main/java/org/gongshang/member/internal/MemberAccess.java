package org.gongshang.member.internal;

import java.util.List;
import java.util.Objects;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.identity.RoleGrant;
import org.gongshang.region.Organization;
import org.gongshang.region.OrganizationType;
import org.gongshang.region.Organizations;
import org.gongshang.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may act on members: staff within their committee's region (and admins) manage its members,
 * stations and notices; a member acts on their own records. Staff of another region read a member
 * as if it did not exist (404); acting outside the region is refused (403).
 */
@Component
public class MemberAccess {

    private final Actors actors;
    private final Organizations organizations;

    MemberAccess(Actors actors, Organizations organizations) {
        this.actors = actors;
        this.organizations = organizations;
    }

    /** A committee: a CPPCC organisation that is not a liaison group of another. @throws DomainException NOT_FOUND */
    public Organization committee(long committeeId) {
        return organizations.find(committeeId)
                .filter(o -> o.type() == OrganizationType.CPPCC && o.parentId() == null)
                .orElseThrow(() -> DomainException.notFound("member.committee.unknown", committeeId));
    }

    /** @throws DomainException NOT_FOUND for an unknown committee, FORBIDDEN outside the actor's region */
    public Organization requireStaffOf(Actor actor, long committeeId) {
        Organization committee = committee(committeeId);
        actors.requireIn(actor, committee.regionCode(), Role.STAFF);
        return committee;
    }

    public boolean isStaffIn(Actor actor, String regionCode) {
        return actors.mayActIn(actor, regionCode, Role.STAFF);
    }

    /** @throws DomainException NOT_FOUND (as if unknown) unless the actor is staff in the region */
    public void requireStaffReading(Actor actor, String regionCode, String unknownKey, Object id) {
        if (!isStaffIn(actor, regionCode)) {
            throw DomainException.notFound(unknownKey, id);
        }
    }

    /** @throws DomainException FORBIDDEN unless the actor is staff in the region */
    public void requireStaffIn(Actor actor, String regionCode) {
        actors.requireIn(actor, regionCode, Role.STAFF);
    }

    /** The committees the actor works for: all for an admin, those in the regions of their staff roles otherwise. */
    public List<Organization> committeesOf(Actor actor) {
        if (actor.isAdmin()) {
            return organizations.list(OrganizationType.CPPCC, null).stream().filter(o -> o.parentId() == null).toList();
        }
        return actor.grants(Role.STAFF).stream().map(RoleGrant::regionCode).filter(Objects::nonNull).distinct()
                .flatMap(root -> organizations.list(OrganizationType.CPPCC, root).stream())
                .filter(o -> o.parentId() == null).distinct().toList();
    }

    public boolean mayActIn(Actor actor, String regionCode, Role... roles) {
        return actors.mayActIn(actor, regionCode, roles);
    }

    /** @throws DomainException FORBIDDEN unless the actor holds one of the roles in the region (or above) */
    public void requireIn(Actor actor, String regionCode, Role... roles) {
        actors.requireIn(actor, regionCode, roles);
    }
}
