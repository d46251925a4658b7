package org.gongshang.outcome;

import org.jspecify.annotations.Nullable;

/**
 * A list of recommendations: whose (the public's, the staff's region, the viewer's departments) and
 * filters on top.
 *
 * @param regionCode within this region (and below)
 * @param organizationId handled by this department, as lead or co-handler
 * @param overdue only those past their due date while being handled
 */
public record RecommendationQuery(Scope scope, @Nullable String regionCode, @Nullable Long organizationId,
        @Nullable RecommendationStatus status, @Nullable Integer year, boolean overdue, int page, int size) {

    /** Whose recommendations a list shows. */
    public enum Scope {
        /** Public ones, once transferred: for everyone. */
        PUBLIC,
        /** All of the staff's regions. */
        REGION,
        /** Those of the viewer's departments (lead or co-handler): a department's work queue. */
        DEPARTMENT
    }

    public static RecommendationQuery publicList() {
        return new RecommendationQuery(Scope.PUBLIC, null, null, null, null, false, 0, 50);
    }
}
