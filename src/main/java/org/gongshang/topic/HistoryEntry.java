package org.gongshang.topic;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One step on a topic's timeline.
 *
 * @param detail e.g. the decline reason, the words that held it, the organisation's name
 * @param reference e.g. the surviving topic of a merge, the organisation routed to, the plan
 */
public record HistoryEntry(HistoryKind kind, @Nullable Long actorId, @Nullable String detail, @Nullable Long reference,
        Instant at) {
}
