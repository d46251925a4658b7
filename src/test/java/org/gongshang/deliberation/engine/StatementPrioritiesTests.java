package org.gongshang.deliberation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class StatementPrioritiesTests {

    @Test
    void importanceMatchesPolisForOneAgreeingVote() {
        assertThat(StatementPriorities.importance(1, 0, 1, 0)).isCloseTo(0.4444444, within(1e-7));
    }

    @Test
    void priorityMatchesPolisTestVectors() {
        assertThat(StatementPriorities.priority(1, 0, 1, 0)).isCloseTo(12.5297263, within(1e-6));
        assertThat(StatementPriorities.priority(20, 3, 20, 0)).isCloseTo(1.3723832, within(1e-6));
        assertThat(StatementPriorities.priority(18, 3, 20, 1)).isCloseTo(4.4936992, within(1e-6));
        assertThat(StatementPriorities.priority(0, 0, 0, 0)).isEqualTo(5.0625);
    }

    @Test
    void aStatementNobodySawYetGetsTheNewStatementPriority() {
        StatementPriorities priorities = StatementPriorities.of(new long[] {1}, new double[] {2});
        assertThat(priorities.priorityOf(99)).isEqualTo(StatementPriorities.NEW_STATEMENT).isEqualTo(5.0625);
    }

    @Test
    void nextStatementIsDrawnInProportionToPriority() {
        StatementPriorities priorities = StatementPriorities.of(new long[] {30, 10, 20}, new double[] {1, 3, 0});
        SplittableRandom random = new SplittableRandom(1);
        Map<Long, Integer> drawn = new HashMap<>();
        for (int i = 0; i < 40_000; i++) {
            drawn.merge(StatementPriorities.nextStatement(priorities, Set.of(), random).orElseThrow(), 1, Integer::sum);
        }
        assertThat(drawn).doesNotContainKey(20L);
        assertThat(drawn.get(10L) / 40_000.0).isCloseTo(0.75, within(0.01));
        assertThat(drawn.get(30L) / 40_000.0).isCloseTo(0.25, within(0.01));
    }

    @Test
    void nextStatementSkipsWhatTheParticipantVotedOn() {
        StatementPriorities priorities = StatementPriorities.of(new long[] {1, 2, 3}, new double[] {5, 5, 5});
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < 100; i++) {
            assertThat(StatementPriorities.nextStatement(priorities, Set.of(1L, 3L), random)).hasValue(2);
        }
        assertThat(StatementPriorities.nextStatement(priorities, Set.of(1L, 2L, 3L), random)).isEmpty();
    }

    @Test
    void sameRandomNumbersDrawTheSameStatements() {
        StatementPriorities priorities = StatementPriorities.of(new long[] {4, 2, 9}, new double[] {1, 2, 3});
        SplittableRandom first = new SplittableRandom(7);
        SplittableRandom second = new SplittableRandom(7);
        for (int i = 0; i < 50; i++) {
            assertThat(StatementPriorities.nextStatement(priorities, Set.of(), first))
                    .isEqualTo(StatementPriorities.nextStatement(priorities, Set.of(), second));
        }
    }
}
