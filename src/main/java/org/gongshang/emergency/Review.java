package org.gongshang.emergency;

import org.jspecify.annotations.Nullable;

/**
 * The review (复盘) of a resolved event.
 *
 * @param reason why it was a one-off; for a topic, the staff's note or null
 */
public record Review(ReviewOutcome outcome, @Nullable String reason, long reviewedBy) {

    public static final int MAX_REASON = 1000;
}
