package org.gongshang.plan;

import java.util.List;

/** A reviewer returned a version with comments; {@code recipients} are the staff who drafted and submitted it. */
public record PlanReturned(long planId, int version, String organizationName, int year, String comment,
        List<Long> recipients) {
}
