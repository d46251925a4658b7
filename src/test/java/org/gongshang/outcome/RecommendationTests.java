package org.gongshang.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongshang.shared.DomainException;
import org.junit.jupiter.api.Test;

/**
 * The aggregate's rules without Spring or a database: who may act (the lead department, not its
 * co-handlers), the dispute period and its reason, extensions within the six months, re-handling
 * after an unsatisfied rating, closing, supervision levels, overdue and progress.
 */
class RecommendationTests {

    static final long HOUSING = 10;
    static final long TRANSPORT = 11;
    static final Handler LEAD = new Handler(100, Set.of(HOUSING));
    static final Handler CO_HANDLER = new Handler(101, Set.of(TRANSPORT));
    static final Handler STRANGER = new Handler(102, Set.of(99L));
    static final Instant NOW = Instant.parse("2026-09-29T02:00:00Z");
    static final LocalDate TRANSFERRED_ON = LocalDate.of(2026, 9, 29);
    static final Assignment ASSIGNMENT = new Assignment(HOUSING, List.of(TRANSPORT), TRANSFERRED_ON, 5, LocalDate.of(2026, 10, 12),
            LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 19), LocalDate.of(2026, 11, 6));

    static Recommendation draft() {
        return new Recommendation(new Recommendation.State(1, "施划停车位", RecommendationSource.CONSULTATION, 5L, 6L, "511702",
                true, RecommendationStatus.DRAFT, null, null, 0, 0, null, null, EscalationLevel.NONE, null, null, null, 7L, NOW, null));
    }

    static Recommendation transferred() {
        Recommendation r = draft();
        r.signOff(7, NOW);
        r.transfer(ASSIGNMENT);
        return r;
    }

    static Recommendation accepted() {
        Recommendation r = transferred();
        r.accept(LEAD, NOW);
        return r;
    }

    static Recommendation replied() {
        Recommendation r = accepted();
        r.reply(LEAD, LocalDate.of(2026, 10, 26));
        return r;
    }

    static void refused(Runnable act, DomainException.Kind kind, String key) {
        assertThatThrownBy(act::run).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void theStoryOfATransferEndsClosedWithEveryTransitionSaidInItsWords() {
        Recommendation r = draft();
        assertThat(r.signOff(7, NOW)).isEqualTo(new Transition(RecommendationStatus.DRAFT, RecommendationStatus.SIGNED_OFF, null));
        assertThat(r.transfer(ASSIGNMENT).to()).isEqualTo(RecommendationStatus.TRANSFERRED);
        assertThat(r.deadlineRound()).isEqualTo(1);
        assertThat(r.accept(LEAD, NOW).to()).isEqualTo(RecommendationStatus.ACCEPTED);
        assertThat(r.reportProgress(LEAD, 50)).isEqualTo(new Transition(RecommendationStatus.ACCEPTED, RecommendationStatus.IN_PROGRESS, null));
        assertThat(r.reportProgress(LEAD, 60)).as("a second report keeps the status").isNull();
        assertThat(r.reply(LEAD, LocalDate.of(2026, 10, 26)).to()).isEqualTo(RecommendationStatus.REPLIED);
        assertThat(r.ratingClosesOn()).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(r.closeRating(SatisfactionResult.SATISFIED, LocalDate.of(2026, 11, 30)))
                .isEqualTo(new Transition(RecommendationStatus.REPLIED, RecommendationStatus.RATED, "SATISFIED"));
        assertThat(r.close(null, NOW).to()).isEqualTo(RecommendationStatus.CLOSED);
        assertThat(r.progress()).isEqualTo(100);
        assertThat(r.closedAt()).isEqualTo(NOW);
    }

    @Test
    void onlyTheLeadDepartmentSignsForItRepliesAndReports() {
        Recommendation r = transferred();
        refused(() -> r.accept(CO_HANDLER, NOW), DomainException.Kind.FORBIDDEN, "outcome.lead-only");
        refused(() -> r.accept(STRANGER, NOW), DomainException.Kind.FORBIDDEN, "outcome.lead-only");
        r.accept(LEAD, NOW);
        refused(() -> r.reportProgress(CO_HANDLER, 10), DomainException.Kind.FORBIDDEN, "outcome.lead-only");
        refused(() -> r.reply(CO_HANDLER, LocalDate.of(2026, 10, 26)), DomainException.Kind.FORBIDDEN, "outcome.lead-only");
        assertThat(r.status()).isEqualTo(RecommendationStatus.ACCEPTED);
    }

    @Test
    void coHandlersGiveAnOpinionButTheLeadDoesNot() {
        Recommendation r = accepted();
        assertThat(r.requireCoHandler(CO_HANDLER)).isEqualTo(TRANSPORT);
        refused(() -> r.requireCoHandler(LEAD), DomainException.Kind.FORBIDDEN, "outcome.co-handler-only");
        r.reply(LEAD, LocalDate.of(2026, 10, 26));
        refused(() -> r.requireCoHandler(CO_HANDLER), DomainException.Kind.CONFLICT, "outcome.co-opinion.not-now");
    }

    @Test
    void aDisputeNeedsAReasonAndComesWithinTheDisputePeriodThenStaffReassign() {
        Recommendation r = transferred();
        refused(() -> r.dispute(LEAD, " ", LocalDate.of(2026, 10, 9)), DomainException.Kind.INVALID, "outcome.dispute.reason-required");
        refused(() -> r.dispute(LEAD, "不属于本单位职责", LocalDate.of(2026, 10, 20)), DomainException.Kind.CONFLICT,
                "outcome.dispute.too-late");
        refused(() -> r.dispute(CO_HANDLER, "不属于本单位职责", LocalDate.of(2026, 10, 9)), DomainException.Kind.FORBIDDEN,
                "outcome.lead-only");
        assertThat(r.dispute(LEAD, " 不属于本单位职责 ", LocalDate.of(2026, 10, 19)))
                .isEqualTo(new Transition(RecommendationStatus.TRANSFERRED, RecommendationStatus.DISPUTED, "不属于本单位职责"));

        Assignment other = new Assignment(TRANSPORT, List.of(), LocalDate.of(2026, 10, 20), 63, LocalDate.of(2027, 1, 20),
                LocalDate.of(2026, 10, 23), LocalDate.of(2026, 10, 29), LocalDate.of(2026, 11, 18));
        assertThat(r.transfer(other)).isEqualTo(new Transition(RecommendationStatus.DISPUTED, RecommendationStatus.TRANSFERRED, "reassigned"));
        assertThat(r.deadlineRound()).isEqualTo(2);
        assertThat(r.isLead(LEAD)).isFalse();
        assertThat(r.isLead(CO_HANDLER)).isTrue();
    }

    @Test
    void anAcceptedRecommendationCanNoLongerBeDisputed() {
        Recommendation r = accepted();
        refused(() -> r.dispute(LEAD, "不属于本单位职责", LocalDate.of(2026, 10, 1)), DomainException.Kind.CONFLICT,
                "outcome.status.not-allowed");
    }

    @Test
    void theLeadCannotAlsoCoHandle() {
        Recommendation r = draft();
        r.signOff(7, NOW);
        Assignment both = new Assignment(HOUSING, List.of(HOUSING), TRANSFERRED_ON, 5, LocalDate.of(2026, 10, 12),
                LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 19), LocalDate.of(2026, 11, 6));
        refused(() -> r.transfer(both), DomainException.Kind.INVALID, "outcome.transfer.lead-also-co");
        assertThat(r.status()).isEqualTo(RecommendationStatus.SIGNED_OFF);
    }

    @Test
    void aDraftIsNotTransferredBeforeItsSignOff() {
        refused(() -> draft().transfer(ASSIGNMENT), DomainException.Kind.CONFLICT, "outcome.status.not-allowed");
    }

    @Test
    void anExtensionMovesTheDeadlineWithinTheLimitAndStaysExtendedWhileItIsHandled() {
        Recommendation r = accepted();
        refused(() -> r.extend(LocalDate.of(2026, 10, 12), 126, 5, "+0"), DomainException.Kind.INVALID, "outcome.extension.days-invalid");
        refused(() -> r.extend(LocalDate.of(2027, 6, 1), 126, 160, "+155"), DomainException.Kind.INVALID, "outcome.extension.beyond-limit");
        assertThat(r.extend(LocalDate.of(2026, 11, 9), 126, 25, "+20").to()).isEqualTo(RecommendationStatus.EXTENDED);
        assertThat(r.dueOn()).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(r.deadlineRound()).isEqualTo(2);
        assertThat(r.reportProgress(LEAD, 70)).as("still extended").isNull();
        assertThat(r.status()).isEqualTo(RecommendationStatus.EXTENDED);
        refused(() -> r.requireExtensible(LEAD), DomainException.Kind.CONFLICT, "outcome.extension.not-now");
        assertThat(r.reply(LEAD, LocalDate.of(2026, 11, 20)).from()).isEqualTo(RecommendationStatus.EXTENDED);
    }

    @Test
    void anUnsatisfiedRatingSendsItBackForRehandlingWithANewDeadlineAndCountsTheRound() {
        Recommendation r = replied();
        Transition back = r.closeRating(SatisfactionResult.UNSATISFIED, LocalDate.of(2026, 11, 25));
        assertThat(back).isEqualTo(new Transition(RecommendationStatus.REPLIED, RecommendationStatus.REHANDLING, "UNSATISFIED"));
        assertThat(r.rehandlingRounds()).isEqualTo(1);
        assertThat(r.handlingRound()).isEqualTo(2);
        assertThat(r.dueOn()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(r.deadlineRound()).isEqualTo(2);
        assertThat(r.ratingClosesOn()).isNull();
        assertThat(r.status().isBeingHandled()).isTrue();
        refused(() -> r.close("够了", NOW), DomainException.Kind.CONFLICT, "outcome.status.not-allowed");
        r.reportProgress(LEAD, 90);
        assertThat(r.status()).as("progress while re-handling keeps the status").isEqualTo(RecommendationStatus.REHANDLING);
        assertThat(r.reply(LEAD, LocalDate.of(2026, 12, 9)).from()).isEqualTo(RecommendationStatus.REHANDLING);
        assertThat(r.closeRating(SatisfactionResult.NOT_RATED, LocalDate.of(2027, 1, 9)).to()).isEqualTo(RecommendationStatus.RATED);
        assertThat(r.rehandlingRounds()).isEqualTo(1);
    }

    @Test
    void theRatingWindowClosesOnlyOnAReply() {
        refused(() -> accepted().closeRating(SatisfactionResult.SATISFIED, LocalDate.of(2026, 11, 25)), DomainException.Kind.CONFLICT,
                "outcome.rating.not-open");
    }

    @Test
    void droppingARecommendationNeedsAReasonButClosingARatedOneDoesNot() {
        refused(() -> draft().close(null, NOW), DomainException.Kind.INVALID, "outcome.close.reason-required");
        assertThat(draft().close("已在其他渠道办理", NOW)).isEqualTo(new Transition(RecommendationStatus.DRAFT, RecommendationStatus.CLOSED,
                "已在其他渠道办理"));
        refused(() -> accepted().close("不办了", NOW), DomainException.Kind.CONFLICT, "outcome.status.not-allowed");
    }

    @Test
    void supervisionOnlyGoesUpAndOnlyWhileADepartmentHandlesIt() {
        Recommendation r = accepted();
        r.escalate(EscalationLevel.OFFICE);
        refused(() -> r.escalate(EscalationLevel.OFFICE), DomainException.Kind.CONFLICT, "outcome.supervision.already");
        r.escalate(EscalationLevel.LEADER);
        assertThat(r.escalation()).isEqualTo(EscalationLevel.LEADER);
        refused(() -> replied().escalate(EscalationLevel.OFFICE), DomainException.Kind.CONFLICT, "outcome.supervision.not-handled");
    }

    @Test
    void itIsOverdueFromTheDayAfterItsDeadlineWhileHandled() {
        Recommendation r = accepted();
        assertThat(r.isOverdue(LocalDate.of(2026, 10, 12))).isFalse();
        assertThat(r.isOverdue(LocalDate.of(2026, 10, 13))).isTrue();
        r.reply(LEAD, LocalDate.of(2026, 10, 26));
        assertThat(r.isOverdue(LocalDate.of(2026, 10, 13))).as("a replied one is no longer late").isFalse();
    }

    @Test
    void signingIsLateAfterTheSigningDeadline() {
        Recommendation r = transferred();
        assertThat(r.isSigningLate(LocalDate.of(2026, 10, 9))).isFalse();
        assertThat(r.isSigningLate(LocalDate.of(2026, 10, 10))).isTrue();
        r.accept(LEAD, NOW);
        assertThat(r.isSigningLate(LocalDate.of(2026, 10, 10))).isFalse();
    }

    @Test
    void progressIsFixedForTheStagesAndTheDepartmentsEstimateWhileItWorks() {
        assertThat(draft().progress()).isZero();
        assertThat(transferred().progress()).isEqualTo(10);
        Recommendation r = accepted();
        assertThat(r.progress()).isEqualTo(20);
        r.reportProgress(LEAD, 5);
        assertThat(r.progress()).as("kept above the stage reached").isEqualTo(30);
        r.reportProgress(LEAD, 100);
        assertThat(r.progress()).as("kept below the reply").isEqualTo(85);
        refused(() -> r.reportProgress(LEAD, 101), DomainException.Kind.INVALID, "outcome.progress.percent-invalid");
        r.reply(LEAD, LocalDate.of(2026, 10, 26));
        assertThat(r.progress()).isEqualTo(90);
    }

    @Test
    void aRecommendationIsPublicOnlyOnceTransferredAndWhenMarkedPublic() {
        assertThat(draft().isPubliclyVisible()).isFalse();
        assertThat(transferred().isPubliclyVisible()).isTrue();
        Recommendation internal = new Recommendation(new Recommendation.State(2, "内部", RecommendationSource.OTHER, null, null, "511702",
                false, RecommendationStatus.TRANSFERRED, ASSIGNMENT, null, 1, 0, null, null, EscalationLevel.NONE, null, 7L, NOW, 7L, NOW, null));
        assertThat(internal.isPubliclyVisible()).isFalse();
        Recommendation dropped = draft();
        dropped.close("已由街道办理", NOW);
        assertThat(dropped.isPubliclyVisible()).as("dropped before any transfer").isFalse();
    }

    @Test
    void itsStateRoundTripsThroughTheStore() {
        Recommendation r = replied();
        assertThat(new Recommendation(r.state()).state()).isEqualTo(r.state());
    }
}
