package org.gongshang.member;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A member's report to the community they live in (到居住地报到), and the cadre's decision. */
public record ResidenceReport(long id, long memberId, String memberName, String communityCode, String communityName,
        ReportStatus status, Instant reportedAt, @Nullable Instant decidedAt, @Nullable String declineReason) {
}
