package org.gongshang.emergency;

import java.time.Instant;

/**
 * A resolved event as the public sees it: what happened in a word, where (down to the community),
 * when, and what was done by whom — no description, no names of reporters, no photos of the report.
 */
public record PublicEmergency(long id, String title, EmergencyCategory category, Severity severity, String communityCode,
        Instant occurredAt, Instant resolvedAt, String resolutionSummary, String handledBy) {
}
