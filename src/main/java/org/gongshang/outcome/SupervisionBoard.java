package org.gongshang.outcome;

import java.util.List;

/**
 * The supervision lists (督办) of a staff member's region: what is overdue, what is near due, what
 * has not been signed for in time, and the counts per department and per region.
 */
public record SupervisionBoard(List<RecommendationView> overdue, List<RecommendationView> nearDue,
        List<RecommendationView> signingLate, List<Count> byDepartment, List<Count> byRegion) {

    public SupervisionBoard {
        overdue = List.copyOf(overdue);
        nearDue = List.copyOf(nearDue);
        signingLate = List.copyOf(signingLate);
        byDepartment = List.copyOf(byDepartment);
        byRegion = List.copyOf(byRegion);
    }

    /** Counts of one department or region: being handled, near due, overdue. */
    public record Count(String key, String name, int handled, int nearDue, int overdue) {
    }
}
