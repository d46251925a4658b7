package org.gongshang.consultation;

import java.time.Instant;
import java.time.LocalDate;

import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * One version of a consultation's minutes (协商纪要). A draft is edited; a final version never
 * changes again, and a correction starts the next version.
 *
 * @param dueOn the last working day on which it should be finalised
 */
public record Minutes(long id, long consultationId, int version, Status status, String title, String body,
        LocalDate dueOn, Instant updatedAt, @Nullable Instant finalisedAt) {

    public enum Status {
        DRAFT, FINAL
    }

    public boolean isFinal() {
        return status == Status.FINAL;
    }

    /** @throws DomainException CONFLICT for a final version */
    public Minutes edit(String newTitle, String newBody, Instant at) {
        requireDraft();
        return new Minutes(id, consultationId, version, status, newTitle, newBody, dueOn, at, null);
    }

    public Minutes finalise(Instant at) {
        requireDraft();
        return new Minutes(id, consultationId, version, Status.FINAL, title, body, dueOn, at, at);
    }

    public boolean isOverdue(LocalDate today) {
        return !isFinal() && today.isAfter(dueOn);
    }

    private void requireDraft() {
        if (isFinal()) {
            throw DomainException.conflict("consultation.minutes.final");
        }
    }
}
