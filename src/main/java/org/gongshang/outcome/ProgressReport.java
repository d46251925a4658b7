package org.gongshang.outcome;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A progress report (办理进展) of the lead department, with its attachments. */
public record ProgressReport(long id, int handlingRound, long organizationId, String text, @Nullable Integer percent,
        long authorId, Instant at, List<Attachment> attachments) {

    public ProgressReport {
        attachments = List.copyOf(attachments);
    }

    /** A file attached to a report; its content is read separately. */
    public record Attachment(long id, String filename, String contentType, int size) {
    }
}
