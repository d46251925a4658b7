package org.gongshang.outcome;

import java.time.LocalDate;
import java.util.List;

/**
 * A recommendation was transferred (交办) or reassigned to departments: the lead department's
 * accounts are asked to sign for it, the co-handlers' to send their opinion.
 */
public record RecommendationTransferred(long recommendationId, String text, List<Long> leadAccountIds,
        List<Long> coHandlerAccountIds, LocalDate dueOn, LocalDate signDueOn) {

    public RecommendationTransferred {
        leadAccountIds = List.copyOf(leadAccountIds);
        coHandlerAccountIds = List.copyOf(coHandlerAccountIds);
    }
}
