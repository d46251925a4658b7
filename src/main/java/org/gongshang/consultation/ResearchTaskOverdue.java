package org.gongshang.consultation;

import java.time.LocalDate;
import java.util.List;

/** A research task passed its due day without a report: its assignees are reminded, once a day. */
public record ResearchTaskOverdue(long consultationId, long taskId, String title, LocalDate dueOn,
        List<Long> assigneeAccountIds) {

    public ResearchTaskOverdue {
        assigneeAccountIds = List.copyOf(assigneeAccountIds);
    }
}
