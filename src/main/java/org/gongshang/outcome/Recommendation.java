package org.gongshang.outcome;

import java.time.Instant;
import java.time.LocalDate;

import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A recommendation (协商成果 / 建议): one item to be handled by a department. The aggregate guards
 * every change: each method checks the status table of {@link RecommendationStatus} and who acts
 * (only the lead department signs, disputes, reports and replies; only co-handlers give an
 * opinion), and says what changed as a {@link Transition}. Services load it, call one method, save
 * it and keep the transition.
 */
public final class Recommendation {

    private final long id;
    private final String text;
    private final RecommendationSource source;
    private final @Nullable Long consultationId;
    private final @Nullable Long topicId;
    private final String regionCode;
    private final boolean isPublic;
    private final @Nullable Long createdBy;
    private final Instant createdAt;
    private RecommendationStatus status;
    private @Nullable Assignment assignment;
    private @Nullable Instant acceptedAt;
    private int deadlineRound;
    private int rehandlingRounds;
    private @Nullable LocalDate ratingClosesOn;
    private @Nullable SatisfactionResult result;
    private EscalationLevel escalation;
    private @Nullable Integer progressPercent;
    private @Nullable Long signedOffBy;
    private @Nullable Instant signedOffAt;
    private @Nullable Instant closedAt;

    /** The facts as stored; see the accessors. */
    public record State(long id, String text, RecommendationSource source, @Nullable Long consultationId,
            @Nullable Long topicId, String regionCode, boolean isPublic, RecommendationStatus status,
            @Nullable Assignment assignment, @Nullable Instant acceptedAt, int deadlineRound, int rehandlingRounds,
            @Nullable LocalDate ratingClosesOn, @Nullable SatisfactionResult result, EscalationLevel escalation,
            @Nullable Integer progressPercent, @Nullable Long signedOffBy, @Nullable Instant signedOffAt,
            @Nullable Long createdBy, Instant createdAt, @Nullable Instant closedAt) {
    }

    public Recommendation(State state) {
        this.id = state.id();
        this.text = state.text();
        this.source = state.source();
        this.consultationId = state.consultationId();
        this.topicId = state.topicId();
        this.regionCode = state.regionCode();
        this.isPublic = state.isPublic();
        this.status = state.status();
        this.assignment = state.assignment();
        this.acceptedAt = state.acceptedAt();
        this.deadlineRound = state.deadlineRound();
        this.rehandlingRounds = state.rehandlingRounds();
        this.ratingClosesOn = state.ratingClosesOn();
        this.result = state.result();
        this.escalation = state.escalation();
        this.progressPercent = state.progressPercent();
        this.signedOffBy = state.signedOffBy();
        this.signedOffAt = state.signedOffAt();
        this.createdBy = state.createdBy();
        this.createdAt = state.createdAt();
        this.closedAt = state.closedAt();
    }

    public State state() {
        return new State(id, text, source, consultationId, topicId, regionCode, isPublic, status, assignment, acceptedAt,
                deadlineRound, rehandlingRounds, ratingClosesOn, result, escalation, progressPercent, signedOffBy,
                signedOffAt, createdBy, createdAt, closedAt);
    }

    // ---- staff ----------------------------------------------------------------------------------

    /** 批办: a staff leader agrees that it goes to a department. */
    public Transition signOff(long leaderAccountId, Instant at) {
        Transition transition = move(RecommendationStatus.SIGNED_OFF, null);
        signedOffBy = leaderAccountId;
        signedOffAt = at;
        return transition;
    }

    /**
     * 交办, or the reassignment after a dispute. The lead department cannot also co-handle.
     *
     * @throws DomainException INVALID for a co-handler that is the lead, CONFLICT in another status
     */
    public Transition transfer(Assignment newAssignment) {
        if (newAssignment.coOrganizationIds().contains(newAssignment.leadOrganizationId())) {
            throw DomainException.invalidField("coOrganizationIds", "outcome.transfer.lead-also-co");
        }
        boolean reassigned = status == RecommendationStatus.DISPUTED;
        Transition transition = move(RecommendationStatus.TRANSFERRED, reassigned ? "reassigned" : null);
        assignment = newAssignment;
        acceptedAt = null;
        deadlineRound++;
        return transition;
    }

    /** Extends the deadline after staff approved the department's request. */
    public Transition extend(LocalDate newDueOn, int maxWorkingDaysFromTransfer, int workingDaysFromTransfer, String note) {
        Assignment current = requireAssignment();
        if (!newDueOn.isAfter(current.dueOn())) {
            throw DomainException.invalidField("workingDays", "outcome.extension.days-invalid");
        }
        if (workingDaysFromTransfer > maxWorkingDaysFromTransfer) {
            throw DomainException.invalidField("workingDays", "outcome.extension.beyond-limit", maxWorkingDaysFromTransfer);
        }
        Transition transition = move(RecommendationStatus.EXTENDED, note);
        assignment = current.withDueOn(newDueOn);
        deadlineRound++;
        return transition;
    }

    /**
     * The rating window closed with a result. UNSATISFIED sends it back to the lead department for
     * re-handling (重新办理) with a new deadline, and counts the round.
     */
    public Transition closeRating(SatisfactionResult roundResult, LocalDate rehandlingDueOn) {
        if (status != RecommendationStatus.REPLIED) {
            throw DomainException.conflict("outcome.rating.not-open");
        }
        result = roundResult;
        ratingClosesOn = null;
        if (roundResult.sendsBack()) {
            Transition transition = move(RecommendationStatus.REHANDLING, roundResult.name());
            rehandlingRounds++;
            deadlineRound++;
            assignment = requireAssignment().withDueOn(rehandlingDueOn);
            return transition;
        }
        return move(RecommendationStatus.RATED, roundResult.name());
    }

    /** 办结, or dropping a draft that will not be transferred (which needs a reason). */
    public Transition close(@Nullable String note, Instant at) {
        requireStatus(RecommendationStatus.CLOSED);
        String why = note == null || note.isBlank() ? null : note.strip();
        if (status != RecommendationStatus.RATED && why == null) {
            throw DomainException.invalidField("note", "outcome.close.reason-required");
        }
        Transition transition = move(RecommendationStatus.CLOSED, why);
        closedAt = at;
        return transition;
    }

    /** 督办 goes up a level (office, then leader); never down. */
    public void escalate(EscalationLevel level) {
        if (!status.isBeingHandled()) {
            throw DomainException.conflict("outcome.supervision.not-handled");
        }
        if (!escalation.isBelow(level)) {
            throw DomainException.conflict("outcome.supervision.already", escalation.label());
        }
        escalation = level;
    }

    // ---- the lead department --------------------------------------------------------------------

    /** 签收. */
    public Transition accept(Handler by, Instant at) {
        requireLead(by);
        Transition transition = move(RecommendationStatus.ACCEPTED, null);
        acceptedAt = at;
        return transition;
    }

    /** 退回: the lead department says the assignment is wrong, within the dispute period. */
    public Transition dispute(Handler by, @Nullable String reason, LocalDate today) {
        requireLead(by);
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalidField("reason", "outcome.dispute.reason-required");
        }
        requireStatus(RecommendationStatus.DISPUTED);
        if (today.isAfter(requireAssignment().disputeDueOn())) {
            throw DomainException.conflict("outcome.dispute.too-late", requireAssignment().disputeDueOn());
        }
        return move(RecommendationStatus.DISPUTED, reason.strip());
    }

    /** A progress report; the first one after signing moves it to IN_PROGRESS. */
    public @Nullable Transition reportProgress(Handler by, @Nullable Integer percent) {
        requireLead(by);
        if (!status.acceptsProgress()) {
            throw DomainException.conflict("outcome.progress.not-now", status.label());
        }
        if (percent != null && (percent < 0 || percent > 100)) {
            throw DomainException.invalidField("percent", "outcome.progress.percent-invalid");
        }
        if (percent != null) {
            progressPercent = percent;
        }
        return status == RecommendationStatus.ACCEPTED ? move(RecommendationStatus.IN_PROGRESS, null) : null;
    }

    /** 答复 with a grade: only the lead department; the rating window opens. */
    public Transition reply(Handler by, LocalDate ratingWindowClosesOn) {
        requireLead(by);
        requireStatus(RecommendationStatus.REPLIED);
        Transition transition = move(RecommendationStatus.REPLIED, null);
        ratingClosesOn = ratingWindowClosesOn;
        return transition;
    }

    /** Whether the lead department may ask for more time now. */
    public void requireExtensible(Handler by) {
        requireLead(by);
        if (!status.mayMoveTo(RecommendationStatus.EXTENDED)) {
            throw DomainException.conflict("outcome.extension.not-now", status.label());
        }
    }

    // ---- co-handlers ----------------------------------------------------------------------------

    /** The co-handling organisation the handler acts for; co-handlers give an opinion, never a grade. */
    public long requireCoHandler(Handler by) {
        Assignment current = assignment;
        if (current == null) {
            throw DomainException.forbidden("outcome.co-handler-only");
        }
        long organization = current.coOrganizationIds().stream().filter(by::actsFor).findFirst()
                .orElseThrow(() -> DomainException.forbidden("outcome.co-handler-only"));
        if (!status.isBeingHandled()) {
            throw DomainException.conflict("outcome.co-opinion.not-now", status.label());
        }
        return organization;
    }

    // ---- reading --------------------------------------------------------------------------------

    public boolean isLead(Handler by) {
        return assignment != null && by.actsFor(assignment.leadOrganizationId());
    }

    public boolean isCoHandler(Handler by) {
        return assignment != null && assignment.coOrganizationIds().stream().anyMatch(by::actsFor);
    }

    /** Past its deadline while a department still handles it; the due day itself is not overdue. */
    public boolean isOverdue(LocalDate today) {
        return status.isBeingHandled() && assignment != null && today.isAfter(assignment.dueOn());
    }

    /** Transferred but not signed for by the signing deadline. */
    public boolean isSigningLate(LocalDate today) {
        return status == RecommendationStatus.TRANSFERRED && assignment != null && today.isAfter(assignment.signDueOn());
    }

    /**
     * How far along it is, in percent, for the public progress bar: fixed steps for the stages of
     * the procedure, and the department's own estimate (kept between 30 and 85) while it works.
     */
    public int progress() {
        return switch (status) {
            case DRAFT -> 0;
            case SIGNED_OFF -> 5;
            case TRANSFERRED, DISPUTED -> 10;
            case ACCEPTED -> 20;
            case IN_PROGRESS, EXTENDED, REHANDLING -> Math.clamp(progressPercent == null ? 40 : progressPercent, 30, 85);
            case REPLIED -> 90;
            case RATED -> 95;
            case CLOSED -> 100;
        };
    }

    /** The number of the handling round, 1 for the first, 2 after the first re-handling, … */
    public int handlingRound() {
        return rehandlingRounds + 1;
    }

    /** Public ones are seen from their transfer on; one dropped before it was ever transferred stays internal. */
    public boolean isPubliclyVisible() {
        return isPublic && status.isPublished() && assignment != null;
    }

    public long id() {
        return id;
    }

    public String text() {
        return text;
    }

    public RecommendationSource source() {
        return source;
    }

    public @Nullable Long consultationId() {
        return consultationId;
    }

    public @Nullable Long topicId() {
        return topicId;
    }

    public String regionCode() {
        return regionCode;
    }

    public boolean isPublic() {
        return isPublic;
    }

    public RecommendationStatus status() {
        return status;
    }

    public @Nullable Assignment assignment() {
        return assignment;
    }

    public @Nullable LocalDate dueOn() {
        return assignment == null ? null : assignment.dueOn();
    }

    public @Nullable Instant acceptedAt() {
        return acceptedAt;
    }

    public int deadlineRound() {
        return deadlineRound;
    }

    public int rehandlingRounds() {
        return rehandlingRounds;
    }

    public @Nullable LocalDate ratingClosesOn() {
        return ratingClosesOn;
    }

    public @Nullable SatisfactionResult result() {
        return result;
    }

    public EscalationLevel escalation() {
        return escalation;
    }

    public @Nullable Integer progressPercent() {
        return progressPercent;
    }

    public @Nullable Long signedOffBy() {
        return signedOffBy;
    }

    public @Nullable Instant signedOffAt() {
        return signedOffAt;
    }

    public @Nullable Long createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    // ---- rules ----------------------------------------------------------------------------------

    private Transition move(RecommendationStatus target, @Nullable String reason) {
        requireStatus(target);
        Transition transition = new Transition(status, target, reason);
        status = target;
        return transition;
    }

    private void requireStatus(RecommendationStatus target) {
        if (!status.mayMoveTo(target)) {
            throw DomainException.conflict("outcome.status.not-allowed", status.label(), target.label());
        }
    }

    /** @throws DomainException FORBIDDEN unless the handler acts for the lead department */
    public void requireLead(Handler by) {
        if (!isLead(by)) {
            throw DomainException.forbidden("outcome.lead-only");
        }
    }

    private Assignment requireAssignment() {
        if (assignment == null) {
            throw DomainException.conflict("outcome.status.not-allowed", status.label(), RecommendationStatus.TRANSFERRED.label());
        }
        return assignment;
    }
}
