package org.gongshang.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A recommendation as the API and the pages show it, with what follows from today: whether it is
 * overdue (past its due date while a department still handles it) and by how many working days.
 *
 * @param dueDate the day the reply is due
 * @param overdueWorkingDays working days past the due date, 0 when not overdue
 * @param progress percent for the progress bar
 */
public record RecommendationView(long id, String text, RecommendationSource source, RecommendationStatus status,
        @Nullable Long consultationId, @Nullable Long topicId, String regionCode, boolean isPublic,
        @Nullable Long leadOrganizationId, List<Long> coOrganizationIds, @Nullable LocalDate transferredOn,
        @Nullable Integer workingDays, @Nullable LocalDate dueDate, @Nullable LocalDate signDueOn,
        @Nullable LocalDate disputeDueOn, @Nullable LocalDate coOpinionDueOn, boolean overdue, int overdueWorkingDays,
        boolean signingLate, int handlingRound, int rehandlingRounds, @Nullable LocalDate ratingClosesOn,
        @Nullable SatisfactionResult result, EscalationLevel escalation, int progress, Instant createdAt,
        @Nullable Instant closedAt) {

    public RecommendationView {
        coOrganizationIds = List.copyOf(coOrganizationIds);
    }

    /** The view of a recommendation on a day. */
    public static RecommendationView of(Recommendation r, LocalDate today, int overdueWorkingDays) {
        Assignment a = r.assignment();
        boolean overdue = r.isOverdue(today);
        return new RecommendationView(r.id(), r.text(), r.source(), r.status(), r.consultationId(), r.topicId(), r.regionCode(),
                r.isPublic(), a == null ? null : a.leadOrganizationId(), a == null ? List.of() : a.coOrganizationIds(),
                a == null ? null : a.transferredOn(), a == null ? null : a.workingDays(), a == null ? null : a.dueOn(),
                a == null ? null : a.signDueOn(), a == null ? null : a.disputeDueOn(), a == null ? null : a.coOpinionDueOn(),
                overdue, overdue ? overdueWorkingDays : 0, r.isSigningLate(today), r.handlingRound(), r.rehandlingRounds(),
                r.ratingClosesOn(), r.result(), r.escalation(), r.progress(), r.createdAt(), r.closedAt());
    }
}
