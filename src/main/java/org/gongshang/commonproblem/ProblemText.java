package org.gongshang.commonproblem;

import java.time.Instant;

/**
 * A text that may describe a common problem, as its corpus hands it over.
 *
 * @param communityCode where it was raised (a community, or the lowest region known)
 * @param supporters people who stand behind it (a topic's submitter and co-signers; 1 for a record)
 * @param counted false when it no longer speaks for anybody (declined, merged into another): it leaves its group
 */
public record ProblemText(long id, String title, String body, String communityCode, int supporters, Instant occurredAt,
        boolean counted) {
}
