package org.gongshang.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.gongshang.plan.ConsultationForm;
import org.gongshang.plan.PlanStatus;
import org.gongshang.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The plan version guards its own state, without Spring or a database. */
class PlanVersionTests {

    static final long STAFF = 1;
    static final long REVIEWER = 2;
    static final Instant NOW = Instant.parse("2026-11-01T02:00:00Z");

    static PlanVersion draftWith(long... topicIds) {
        PlanVersion version = PlanVersion.first(7, STAFF, NOW);
        long itemId = 100;
        for (long topicId : topicIds) {
            version.add(new PlanItem(null, topicId, 3, ConsultationForm.OFFLINE, List.of(), List.of()));
            version.stored(version.itemsInOrder().size() - 1, itemId++);
        }
        return version;
    }

    static PlanVersion submitted(long... topicIds) {
        PlanVersion version = draftWith(topicIds);
        version.submit(STAFF, NOW);
        return version;
    }

    static DomainException.Kind refusal(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.kind();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aNewPlanStartsAsAnEmptyFirstDraft() {
        PlanVersion version = PlanVersion.first(7, STAFF, NOW);
        assertThat(version.number()).isEqualTo(1);
        assertThat(version.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(version.items()).isEmpty();
    }

    @Test
    void approvingADraftIsRefusedAsAConflict() {
        PlanVersion draft = draftWith(11);
        assertThat(refusal(() -> draft.approve(REVIEWER, NOW))).isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(draft.status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void anEmptyDraftCannotBeSubmitted() {
        assertThat(refusal(() -> PlanVersion.first(7, STAFF, NOW).submit(STAFF, NOW))).isEqualTo(DomainException.Kind.CONFLICT);
    }

    @Test
    void aSubmittedVersionTakesNoChanges() {
        PlanVersion version = submitted(11);
        assertThat(refusal(() -> version.add(new PlanItem(null, 12, 4, ConsultationForm.ONLINE, List.of(), List.of()))))
                .isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(refusal(() -> version.remove(100))).isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(refusal(() -> version.change(100, 5, ConsultationForm.HYBRID, List.of(), List.of())))
                .isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(version.topicIds()).containsExactly(11L);
    }

    @Test
    void anApprovedVersionTakesNoChanges() {
        PlanVersion version = submitted(11);
        version.approve(REVIEWER, NOW);
        assertThatThrownBy(() -> version.remove(100)).isInstanceOf(DomainException.class)
                .hasMessage("plan.not-editable.APPROVED");
    }

    @Test
    void returningWithoutACommentIsInvalidAndChangesNothing() {
        PlanVersion version = submitted(11);
        assertThat(refusal(() -> version.returnToDrafters(REVIEWER, "  ", NOW))).isEqualTo(DomainException.Kind.INVALID);
        assertThat(version.status()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void aReturnedVersionKeepsTheCommentIsEditedAndSubmittedAgain() {
        PlanVersion version = submitted(11);
        version.returnToDrafters(REVIEWER, "请补充牵头委员。", NOW);
        assertThat(version.status()).isEqualTo(PlanStatus.RETURNED);
        assertThat(version.comment()).isEqualTo("请补充牵头委员。");

        version.change(100, 5, ConsultationForm.HYBRID, List.of(9L), List.of());
        version.submit(STAFF, NOW);

        assertThat(version.status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(version.items().getFirst().leadMemberIds()).containsExactly(9L);
    }

    @Test
    void nobodyApprovesWhatTheySubmittedThemselves() {
        PlanVersion version = submitted(11);
        assertThat(refusal(() -> version.approve(STAFF, NOW))).isEqualTo(DomainException.Kind.FORBIDDEN);
        assertThat(refusal(() -> version.returnToDrafters(STAFF, "自己退回", NOW))).isEqualTo(DomainException.Kind.FORBIDDEN);
    }

    @Test
    void aTopicIsInAVersionOnlyOnce() {
        PlanVersion version = draftWith(11);
        assertThat(refusal(() -> version.add(new PlanItem(null, 11, 6, ConsultationForm.OFFLINE, List.of(), List.of()))))
                .isEqualTo(DomainException.Kind.INVALID);
    }

    @Test
    void anAmendmentIsTheNextDraftWithCopiesOfTheItems() {
        PlanVersion approved = submitted(11, 12);
        approved.approve(REVIEWER, NOW);

        PlanVersion amendment = approved.amend(STAFF, NOW);

        assertThat(amendment.number()).isEqualTo(2);
        assertThat(amendment.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(amendment.topicIds()).containsExactlyInAnyOrder(11L, 12L);
        assertThat(amendment.items()).allSatisfy(item -> assertThat(item.id()).isNull());
        assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
    }

    @Test
    void onlyTheVersionInForceCanBeAmended() {
        assertThat(refusal(() -> draftWith(11).amend(STAFF, NOW))).isEqualTo(DomainException.Kind.CONFLICT);
        assertThat(refusal(() -> submitted(11).amend(STAFF, NOW))).isEqualTo(DomainException.Kind.CONFLICT);
    }

    @Test
    void monthsOutsideOneToTwelveAndAMissingFormAreProblemsOfTheirFields() {
        assertThat(PlanItem.problems(13, ConsultationForm.OFFLINE)).extracting(p -> p.field()).containsExactly("month");
        assertThat(PlanItem.problems(0, null)).extracting(p -> p.field()).containsExactly("month", "form");
        assertThat(PlanItem.problems(12, ConsultationForm.HYBRID)).isEmpty();
    }

    @Test
    void itemsAreListedByMonth() {
        PlanVersion version = PlanVersion.first(7, STAFF, NOW);
        version.add(new PlanItem(null, 11, 9, ConsultationForm.OFFLINE, List.of(), List.of()));
        version.add(new PlanItem(null, 12, 2, ConsultationForm.OFFLINE, List.of(), List.of()));
        assertThat(version.items()).extracting(PlanItem::topicId).containsExactly(12L, 11L);
    }
}
