package org.gongshang.consultation;

import org.gongshang.identity.Role;
import org.gongshang.region.OrganizationType;

/** Who organises: a CPPCC committee, a grassroots organisation, or several jointly. */
public enum ConsultationKind {
    /** 政协小微协商: organised by CPPCC staff. */
    CPPCC_MICRO,
    /** 基层协商: organised by the cadres of a street office, township, community or village committee. */
    GRASSROOTS,
    /** 联合协商: a CPPCC committee and grassroots organisations together, with partner organisations. */
    JOINT;

    /** Whether an organisation of this type may be the organising one. */
    public boolean mayBeOrganisedBy(OrganizationType type) {
        return switch (this) {
            case CPPCC_MICRO -> type == OrganizationType.CPPCC;
            case GRASSROOTS -> type.isGrassroots();
            case JOINT -> type == OrganizationType.CPPCC || type.isGrassroots();
        };
    }

    /** The roles that organise it, in the organising organisation's region. */
    public Role[] organiserRoles() {
        return switch (this) {
            case CPPCC_MICRO -> new Role[] {Role.STAFF};
            case GRASSROOTS -> new Role[] {Role.CADRE};
            case JOINT -> new Role[] {Role.STAFF, Role.CADRE};
        };
    }
}
