package org.gongshang.plan;

import org.gongshang.region.OrganizationType;
import org.jspecify.annotations.Nullable;

/** Whose plan it is: a CPPCC committee's (drafted by its staff) or a grassroots organisation's (by its cadres). */
public enum PlanKind {
    /** 政协协商选题计划. */
    CPPCC,
    /** 基层协商选题计划: a street office, township, community or village committee. */
    GRASSROOTS;

    /** The kind of plan an organisation of the type keeps, or null when it keeps none (departments, social organisations). */
    public static @Nullable PlanKind of(OrganizationType type) {
        if (type == OrganizationType.CPPCC) {
            return CPPCC;
        }
        return type.isGrassroots() ? GRASSROOTS : null;
    }
}
