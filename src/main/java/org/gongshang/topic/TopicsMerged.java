package org.gongshang.topic;

import java.util.List;

/**
 * A duplicate was merged into a surviving topic, which now has the union of both topics'
 * supporters. {@code recipients}: the merged topic's supporters and the survivor's submitter.
 */
public record TopicsMerged(long mergedId, String mergedTitle, long survivorId, String survivorTitle, long mergedBy,
        List<Long> recipients) {
}
