package org.gongshang.topic;

import java.util.List;

/**
 * An accepted topic was routed to a CPPCC or grassroots consultation, escalated (上升) or handed
 * down (下沉). {@code recipients}: the topic's supporters; {@code organizationHolders}: staff or cadres
 * of the organisation that now has it.
 */
public record TopicRouted(long topicId, String title, RoutingLevel level, long organizationId, Movement movement,
        long routedBy, List<Long> recipients, List<Long> organizationHolders) {
}
