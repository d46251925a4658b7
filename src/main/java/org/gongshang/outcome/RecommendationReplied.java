package org.gongshang.outcome;

import java.time.LocalDate;
import java.util.List;

/**
 * The lead department replied: the people concerned (submitters, co-signers, participants) are
 * asked to rate it by the day the window closes; staff are told.
 */
public record RecommendationReplied(long recommendationId, String text, String grade, int handlingRound,
        List<Long> raterAccountIds, List<Long> staffAccountIds, LocalDate ratingClosesOn) {

    public RecommendationReplied {
        raterAccountIds = List.copyOf(raterAccountIds);
        staffAccountIds = List.copyOf(staffAccountIds);
    }
}
