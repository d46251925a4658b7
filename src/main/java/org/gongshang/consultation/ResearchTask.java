package org.gongshang.consultation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;

/** A field research task (调研) before the session: assignees, a due day, then a report. */
public record ResearchTask(long id, long consultationId, String title, List<Long> assigneeAccountIds, LocalDate dueOn,
        Status status, @Nullable String report, @Nullable Instant reportedAt, List<Attachment> attachments) {

    public enum Status {
        OPEN, REPORTED, CANCELLED
    }

    public boolean isOverdue(LocalDate today) {
        return status == Status.OPEN && today.isAfter(dueOn);
    }

    public ResearchTask report(String text, Instant at) {
        if (status == Status.CANCELLED) {
            throw DomainException.conflict("consultation.research.cancelled");
        }
        if (text.isBlank()) {
            throw DomainException.invalidField("report", "consultation.research.report-required");
        }
        return new ResearchTask(id, consultationId, title, assigneeAccountIds, dueOn, Status.REPORTED, text.strip(), at,
                attachments);
    }
}
