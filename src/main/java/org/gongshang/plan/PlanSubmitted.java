package org.gongshang.plan;

import java.util.List;

/** Drafters submitted a version for approval; {@code recipients} are the reviewers whose region covers the organisation. */
public record PlanSubmitted(long planId, int version, String organizationName, int year, List<Long> recipients) {
}
