package org.gongshang.outcome;

import java.time.Instant;

/** Someone rated a reply (满意度测评); members' duty records count it. */
public record RecommendationRated(long recommendationId, String text, int handlingRound, long accountId, Satisfaction rating,
        Instant at) {
}
