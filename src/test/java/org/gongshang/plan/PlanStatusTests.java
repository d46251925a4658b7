package org.gongshang.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every move between plan statuses, allowed or not: the table below is the rule. */
class PlanStatusTests {

    static final Map<PlanStatus, Set<PlanStatus>> ALLOWED = Map.of(
            PlanStatus.DRAFT, EnumSet.of(PlanStatus.SUBMITTED),
            PlanStatus.SUBMITTED, EnumSet.of(PlanStatus.APPROVED, PlanStatus.RETURNED),
            PlanStatus.RETURNED, EnumSet.of(PlanStatus.SUBMITTED),
            PlanStatus.APPROVED, EnumSet.of(PlanStatus.SUPERSEDED),
            PlanStatus.SUPERSEDED, EnumSet.noneOf(PlanStatus.class));

    @ParameterizedTest
    @EnumSource(PlanStatus.class)
    void eachStatusMovesExactlyToTheStatusesTheTableAllows(PlanStatus from) {
        for (PlanStatus to : PlanStatus.values()) {
            assertThat(from.canBecome(to)).as(from + " → " + to).isEqualTo(ALLOWED.get(from).contains(to));
        }
        assertThat(from.next()).isEqualTo(ALLOWED.get(from));
    }

    @ParameterizedTest
    @EnumSource(PlanStatus.class)
    void onlyDraftsAndReturnedVersionsAreEditable(PlanStatus status) {
        assertThat(status.isEditable()).isEqualTo(status == PlanStatus.DRAFT || status == PlanStatus.RETURNED);
    }

    @ParameterizedTest
    @EnumSource(PlanStatus.class)
    void onlyApprovedVersionsInForceOrSupersededArePublic(PlanStatus status) {
        assertThat(status.isPublic()).isEqualTo(status == PlanStatus.APPROVED || status == PlanStatus.SUPERSEDED);
    }

    @ParameterizedTest
    @EnumSource(PlanStatus.class)
    void noStatusMovesToItself(PlanStatus status) {
        assertThat(status.canBecome(status)).isFalse();
    }
}
