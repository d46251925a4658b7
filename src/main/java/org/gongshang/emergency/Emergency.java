package org.gongshang.emergency;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An emergency (应急事件) as other modules and the pages read it.
 *
 * @param reportedBy the account of the first reporter; others may have joined (see {@link Emergencies#reporters})
 * @param mergedInto the event this one was merged into (status MERGED)
 * @param consultationId the rapid consultation (快速协商) opened for it
 * @param deliberationId the online deliberation opened with it
 * @param topicId the regular topic it became (热事件冷处理), by its own review or a recurrence
 */
public record Emergency(long id, String title, String description, EmergencyCategory category, Severity severity,
        EmergencyStatus status, Place place, Instant occurredAt, @Nullable Integer peopleAffected, long reportedBy,
        Milestones times, EscalationLevel escalation, @Nullable Long confirmedBy, @Nullable String declineReason,
        @Nullable Long mergedInto, @Nullable Long consultationId, @Nullable Long deliberationId,
        @Nullable Resolution resolution, @Nullable Review review, @Nullable Long topicId) {

    public static final int MAX_TITLE = 60;
    public static final int MIN_TITLE = 4;
    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_PEOPLE_AFFECTED = 10_000_000;

    public boolean isActive() {
        return status.isActive();
    }
}
