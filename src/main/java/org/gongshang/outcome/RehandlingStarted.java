package org.gongshang.outcome;

import java.time.LocalDate;
import java.util.List;

/**
 * The people concerned were unsatisfied: the lead department handles it again (重新办理) by the new deadline.
 *
 * @param reasons why they were unsatisfied, without their names
 */
public record RehandlingStarted(long recommendationId, String text, int rehandlingRounds, List<Long> leadAccountIds,
        LocalDate dueOn, List<String> reasons) {

    public RehandlingStarted {
        leadAccountIds = List.copyOf(leadAccountIds);
        reasons = List.copyOf(reasons);
    }
}
