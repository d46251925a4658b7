package org.gongshang.followup.internal;

import java.util.List;

import org.gongshang.followup.FollowUpRecord;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.region.Region;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may record and read follow-ups. Staff record them in their region (and below) and read all
 * of it; CPPCC members record those they take part in, in the region of their committee. Whoever
 * recorded or took part reads the record; for anyone else it does not exist (404). Findings of an
 * unannounced visit are working material, so records are not public — the recommendation's page
 * shows the public how often it was followed up, not what was found.
 */
@Component
public class FollowUpAccess {

    private final Actors actors;
    private final Regions regions;

    FollowUpAccess(Actors actors, Regions regions) {
        this.actors = actors;
        this.regions = regions;
    }

    /** @throws DomainException FORBIDDEN unless staff or a member whose region covers {@code regionCode} */
    public void requireRecorderIn(Actor actor, String regionCode) {
        actors.requireIn(actor, regionCode, Role.STAFF, Role.MEMBER);
    }

    public boolean mayRecordSomewhere(Actor actor) {
        return actor.isAdmin() || !actors.scopeRoots(actor, Role.STAFF, Role.MEMBER).isEmpty();
    }

    public boolean mayManage(Actor actor, FollowUpRecord record) {
        return actors.mayActIn(actor, record.regionCode(), Role.STAFF);
    }

    public boolean mayView(@Nullable Actor actor, FollowUpRecord record) {
        return actor != null && (mayManage(actor, record) || record.tookPart(actor.accountId()));
    }

    public void requireView(@Nullable Actor actor, FollowUpRecord record) {
        if (!mayView(actor, record)) {
            throw DomainException.notFound("followup.record.unknown", record.id());
        }
    }

    /** Photos are added by staff of the region and by whoever recorded it. */
    public void requirePhotographer(Actor actor, FollowUpRecord record) {
        if (!mayManage(actor, record) && record.recordedBy() != actor.accountId()) {
            requireView(actor, record);
            throw DomainException.forbidden("followup.record.not-yours");
        }
    }

    /** The region codes staff see records of; every region for admins; empty for others. */
    public List<String> staffRegions(Actor actor) {
        List<String> roots = actor.isAdmin() ? regions.roots().stream().map(Region::code).toList()
                : actors.scopeRoots(actor, Role.STAFF);
        return roots.stream().flatMap(root -> regions.codesWithin(root).stream()).distinct().toList();
    }
}
