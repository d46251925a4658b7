package org.gongshang.deliberation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongshang.deliberation.engine.RepresentativeStatements.Stats;
import org.junit.jupiter.api.Test;

class RepresentativeStatementsTests {

    private static final double Z = 1.2816;

    @Test
    void representativeStatementsNeedBothZTestsToPass() {
        // 8 of 10 agree against 5 of 20: share and difference are both significant.
        Stats both = Stats.of(1, 8, 2, 10, 5, 15, 20);
        // 2 of 3 agree against 1 of 20: clearly more than the rest, but not clearly more than half.
        Stats differenceOnly = Stats.of(2, 2, 1, 3, 1, 19, 20);
        // 9 of 10 agree, as do 19 of 20 of the rest: clearly more than half, not more than the rest.
        Stats shareOnly = Stats.of(3, 9, 1, 10, 19, 1, 20);
        assertThat(differenceOnly.agreeRepnessTest()).isGreaterThan(Z);
        assertThat(differenceOnly.agreeTest()).isLessThan(Z);
        assertThat(shareOnly.agreeTest()).isGreaterThan(Z);
        assertThat(shareOnly.agreeRepnessTest()).isLessThan(Z);

        assertThat(both.passes(Z)).isTrue();
        assertThat(differenceOnly.passes(Z)).isFalse();
        assertThat(shareOnly.passes(Z)).isFalse();
    }

    @Test
    void theBestAgreedStatementComesFirstAndAgreesBeforeDisagrees() {
        List<RepresentativeStatement> chosen = RepresentativeStatements.select(List.of(
                Stats.of(1, 0, 9, 10, 15, 5, 20),   // the group disagrees, the rest agrees
                Stats.of(2, 8, 2, 10, 5, 15, 20),   // the group agrees, the rest disagrees
                Stats.of(3, 10, 0, 10, 2, 18, 20)), // even more so
                Z, 5);
        assertThat(chosen).extracting(RepresentativeStatement::statementId).containsExactly(3L, 2L, 1L);
        assertThat(chosen.get(0).bestAgree()).isTrue();
        assertThat(chosen).extracting(RepresentativeStatement::direction)
                .containsExactly(Direction.AGREE, Direction.AGREE, Direction.DISAGREE);
    }

    @Test
    void atMostFiveStatementsAreChosen() {
        List<Stats> stats = new java.util.ArrayList<>();
        for (int id = 0; id < 9; id++) {
            stats.add(Stats.of(id, 9, 1, 10, 2, 18, 20));
        }
        assertThat(RepresentativeStatements.select(stats, Z, 5)).hasSize(5);
    }

    @Test
    void withoutAnyPassingStatementAGroupStillGetsOne() {
        // Nothing is significant; a statement nobody in the group voted on is never the best agreed one.
        List<RepresentativeStatement> chosen = RepresentativeStatements.select(List.of(
                Stats.of(1, 0, 0, 0, 3, 3, 6),
                Stats.of(2, 2, 1, 3, 3, 3, 6)),
                Z, 5);
        assertThat(chosen).hasSize(1);
        assertThat(chosen.get(0).statementId()).isEqualTo(2L);
    }
}
