package org.gongshang.identity;

import java.util.EnumSet;
import java.util.Set;

import org.gongshang.region.OrganizationType;

/** Which kind of organisation each role is held in, and which roles staff may hand out. */
final class RoleRules {

    private RoleRules() {
    }

    /** Empty: the role is held without an organisation. */
    static Set<OrganizationType> organizationTypesFor(Role role) {
        return switch (role) {
            case RESIDENT, ADMIN -> EnumSet.noneOf(OrganizationType.class);
            case MEMBER, STAFF -> EnumSet.of(OrganizationType.CPPCC);
            case CADRE -> EnumSet.of(OrganizationType.STREET_OFFICE, OrganizationType.TOWNSHIP,
                    OrganizationType.COMMUNITY_COMMITTEE, OrganizationType.VILLAGE_COMMITTEE);
            case DEPARTMENT, REVIEWER -> EnumSet.of(OrganizationType.DEPARTMENT);
        };
    }

    /** Staff open accounts for everyone but admins and residents (who register themselves). */
    static boolean staffMayGrant(Role role) {
        return role != Role.ADMIN && role != Role.RESIDENT;
    }
}
