package org.gongshang.consultation;

import java.time.Instant;
import java.util.List;

/** The report of a research task (调研) was handed in: its assignees did the research. */
public record ResearchTaskReported(long consultationId, long taskId, String title, List<Long> assigneeAccountIds, Instant at) {

    public ResearchTaskReported {
        assigneeAccountIds = List.copyOf(assigneeAccountIds);
    }
}
