package org.gongshang.consultation;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The implementation plan (实施方案): objectives, steps, and the division of work (分工) as tasks. */
public record ImplementationPlan(long consultationId, String objectives, String steps, List<Task> tasks) {

    /** One piece of the division of work, with its owner and due day. */
    public record Task(long id, String description, @Nullable Long ownerAccountId, String ownerName, LocalDate dueOn,
            boolean done) {
    }

    public boolean isWritten() {
        return !objectives.isBlank() && !steps.isBlank();
    }
}
