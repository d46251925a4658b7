package org.gongshang.outcome;

import java.util.List;

/** The lead department disputed the assignment (退回): staff are asked to reassign it. */
public record RecommendationDisputed(long recommendationId, String text, String reason, List<Long> staffAccountIds) {

    public RecommendationDisputed {
        staffAccountIds = List.copyOf(staffAccountIds);
    }
}
