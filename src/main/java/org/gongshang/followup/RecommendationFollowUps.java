package org.gongshang.followup;

import java.util.List;
import java.util.Map;

/**
 * The follow-up of one recommendation as its page shows it: how often it was followed up in each
 * way (for everyone who may see the recommendation), the records the viewer may read, its surveys.
 */
public record RecommendationFollowUps(long recommendationId, String recommendationText, Map<FollowUpKind, Integer> counts,
        List<FollowUpRecord> records, List<SurveySummary> surveys) {

    public RecommendationFollowUps {
        counts = Map.copyOf(counts);
        records = List.copyOf(records);
        surveys = List.copyOf(surveys);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
