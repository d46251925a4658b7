package org.gongshang.plan.internal;

import java.time.Instant;

import org.gongshang.plan.PlanKind;

/**
 * A yearly plan of one organisation: what stays the same across its versions. The organisation's
 * region is kept with it, since it decides who drafts, who approves and which topics fit.
 */
public record ConsultationPlan(long id, long organizationId, String regionCode, PlanKind kind, int year, long createdBy,
        Instant createdAt) {

    public static final int EARLIEST_YEAR = 2000;
    public static final int LATEST_YEAR = 2099;
}
