package org.gongshang.topic;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A topic as the other modules and the pages see it. Personal data of an offline submitter is
 * never in it.
 *
 * @param submittedBy the account that submitted it, or entered it for someone (OFFLINE)
 * @param held kept off public pages by the sensitive-word check until a moderator releases it
 * @param routedLevel and {@code routedOrganizationId}: where it is consulted on, once routed
 * @param support supporters, their communities and whether that makes it representative
 */
public record TopicView(
        long id,
        String title,
        String description,
        TopicCategory category,
        List<String> tags,
        String regionCode,
        TopicSource source,
        SubmissionChannel channel,
        TopicStatus status,
        @Nullable Long campaignId,
        long submittedBy,
        boolean held,
        @Nullable DeclineReason declineReason,
        @Nullable String decisionNote,
        @Nullable Long mergedInto,
        @Nullable RoutingLevel routedLevel,
        @Nullable Long routedOrganizationId,
        @Nullable Long planId,
        @Nullable Long consultationId,
        Instant submittedAt,
        Support support) {

    /** Whether everyone may read it: not declined or merged, and not held by the sensitive-word check. */
    public boolean isPublic() {
        return status.isPublic() && !held;
    }
}
