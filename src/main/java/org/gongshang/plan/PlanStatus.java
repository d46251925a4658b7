package org.gongshang.plan;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where one version of a plan is, with the moves allowed from each status. Staff edit a DRAFT or a
 * RETURNED version; a REVIEWER decides on a SUBMITTED one; an APPROVED version stays in force until
 * a later version of the same plan is approved, and then is kept, readable, as SUPERSEDED.
 */
public enum PlanStatus {
    /** 草稿: being drafted. */
    DRAFT,
    /** 待审定: submitted to the party committee. */
    SUBMITTED,
    /** 已退回: returned with comments, to be edited and submitted again. */
    RETURNED,
    /** 已审定: approved and in force; public. */
    APPROVED,
    /** 已被新版本取代: an earlier approved version, kept for the record; public. */
    SUPERSEDED;

    private static final Map<PlanStatus, Set<PlanStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(SUBMITTED),
            SUBMITTED, EnumSet.of(APPROVED, RETURNED),
            RETURNED, EnumSet.of(SUBMITTED),
            APPROVED, EnumSet.of(SUPERSEDED),
            SUPERSEDED, EnumSet.noneOf(PlanStatus.class));

    public boolean canBecome(PlanStatus next) {
        return NEXT.get(this).contains(next);
    }

    public Set<PlanStatus> next() {
        return Set.copyOf(NEXT.get(this));
    }

    /** Items may be added, changed and removed only while the drafters hold the version. */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Approved versions, in force or superseded, are public; the others only for drafters and reviewers. */
    public boolean isPublic() {
        return this == APPROVED || this == SUPERSEDED;
    }
}
