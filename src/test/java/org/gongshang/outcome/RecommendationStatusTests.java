package org.gongshang.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshang.outcome.RecommendationStatus.ACCEPTED;
import static org.gongshang.outcome.RecommendationStatus.CLOSED;
import static org.gongshang.outcome.RecommendationStatus.DISPUTED;
import static org.gongshang.outcome.RecommendationStatus.DRAFT;
import static org.gongshang.outcome.RecommendationStatus.EXTENDED;
import static org.gongshang.outcome.RecommendationStatus.IN_PROGRESS;
import static org.gongshang.outcome.RecommendationStatus.RATED;
import static org.gongshang.outcome.RecommendationStatus.REHANDLING;
import static org.gongshang.outcome.RecommendationStatus.REPLIED;
import static org.gongshang.outcome.RecommendationStatus.SIGNED_OFF;
import static org.gongshang.outcome.RecommendationStatus.TRANSFERRED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The state machine of a recommendation, pair by pair, and what each status means for supervision and the public. */
class RecommendationStatusTests {

    static final Map<RecommendationStatus, Set<RecommendationStatus>> ALLOWED = Map.ofEntries(
            Map.entry(DRAFT, Set.of(SIGNED_OFF, CLOSED)),
            Map.entry(SIGNED_OFF, Set.of(TRANSFERRED, CLOSED)),
            Map.entry(TRANSFERRED, Set.of(ACCEPTED, DISPUTED)),
            Map.entry(DISPUTED, Set.of(TRANSFERRED, CLOSED)),
            Map.entry(ACCEPTED, Set.of(IN_PROGRESS, EXTENDED, REPLIED)),
            Map.entry(IN_PROGRESS, Set.of(EXTENDED, REPLIED)),
            Map.entry(EXTENDED, Set.of(REPLIED)),
            Map.entry(REPLIED, Set.of(RATED, REHANDLING)),
            Map.entry(REHANDLING, Set.of(REPLIED)),
            Map.entry(RATED, Set.of(CLOSED)),
            Map.entry(CLOSED, Set.of()));

    @ParameterizedTest
    @EnumSource(RecommendationStatus.class)
    void eachStatusMovesExactlyToItsAllowedSuccessors(RecommendationStatus from) {
        for (RecommendationStatus to : RecommendationStatus.values()) {
            assertThat(from.mayMoveTo(to)).as(from + " → " + to).isEqualTo(ALLOWED.get(from).contains(to));
        }
    }

    @Test
    void everyStatusCanBeReachedFromADraftAndEveryOneEndsClosed() {
        Set<RecommendationStatus> reached = EnumSet.of(DRAFT);
        boolean grew = true;
        while (grew) {
            Set<RecommendationStatus> next = EnumSet.copyOf(reached);
            reached.forEach(status -> next.addAll(status.next()));
            grew = next.size() > reached.size();
            reached = next;
        }
        assertThat(reached).containsExactlyInAnyOrder(RecommendationStatus.values());
        for (RecommendationStatus status : RecommendationStatus.values()) {
            assertThat(leadsTo(status, CLOSED)).as(status + " can still end closed").isTrue();
        }
    }

    @Test
    void supervisionWatchesWhatADepartmentStillHandles() {
        assertThat(RecommendationStatus.handled()).containsExactlyInAnyOrder(TRANSFERRED, ACCEPTED, IN_PROGRESS, EXTENDED, REHANDLING);
        for (RecommendationStatus status : RecommendationStatus.values()) {
            assertThat(status.isBeingHandled()).as(status.name()).isEqualTo(RecommendationStatus.handled().contains(status));
        }
    }

    @Test
    void onlyASignedForRecommendationTakesProgressReportsAndReplies() {
        assertThat(EnumSet.allOf(RecommendationStatus.class).stream().filter(RecommendationStatus::acceptsProgress))
                .containsExactlyInAnyOrder(ACCEPTED, IN_PROGRESS, EXTENDED, REHANDLING);
    }

    @Test
    void thePublicSeesARecommendationFromItsTransferOn() {
        assertThat(EnumSet.allOf(RecommendationStatus.class).stream().filter(s -> !s.isPublished()))
                .containsExactlyInAnyOrder(DRAFT, SIGNED_OFF);
    }

    private static boolean leadsTo(RecommendationStatus from, RecommendationStatus target) {
        Set<RecommendationStatus> seen = EnumSet.noneOf(RecommendationStatus.class);
        java.util.ArrayDeque<RecommendationStatus> queue = new java.util.ArrayDeque<>(Set.of(from));
        while (!queue.isEmpty()) {
            RecommendationStatus current = queue.poll();
            if (current == target) {
                return true;
            }
            if (seen.add(current)) {
                queue.addAll(current.next());
            }
        }
        return false;
    }
}
