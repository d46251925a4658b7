package org.gongshang.plan;

import java.util.List;

/** A reviewer approved a version (党委审定); {@code recipients} are the staff who drafted and submitted it. */
public record PlanApproved(long planId, int version, String organizationName, int year, List<Long> recipients) {
}
