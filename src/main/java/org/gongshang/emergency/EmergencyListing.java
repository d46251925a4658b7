package org.gongshang.emergency;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An event in a list: the desk, one's own reports, the review queue. */
public record EmergencyListing(long id, String title, EmergencyCategory category, Severity severity, EmergencyStatus status,
        String regionCode, String communityCode, String townshipCode, String districtCode, Instant occurredAt,
        Instant reportedAt, @Nullable Instant respondedAt, @Nullable Instant consultedAt, @Nullable Instant resolvedAt,
        @Nullable Instant reviewedAt, EscalationLevel escalation, @Nullable Long consultationId, @Nullable Long topicId) {
}
