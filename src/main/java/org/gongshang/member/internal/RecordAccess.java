package org.gongshang.member.internal;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who reads a reception record or a grid visit: the member who made it, staff of the committee's
 * region, and the cadres of the community it concerns. Everyone else finds nothing.
 */
@Component
public class RecordAccess {

    private final MemberAccess access;

    RecordAccess(MemberAccess access) {
        this.access = access;
    }

    public boolean mayRead(Actor actor, long recorderAccountId, String committeeRegion, String communityCode) {
        return actor.accountId() == recorderAccountId || access.isStaffIn(actor, committeeRegion)
                || access.mayActIn(actor, communityCode, Role.CADRE);
    }

    public boolean isStaff(Actor actor, String committeeRegion) {
        return access.isStaffIn(actor, committeeRegion);
    }
}
