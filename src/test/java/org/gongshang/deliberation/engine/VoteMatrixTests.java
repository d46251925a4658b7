package org.gongshang.deliberation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VoteMatrixTests {

    @Test
    void theLastVoteOnACellWins() {
        VoteMatrix matrix = VoteMatrix.builder().vote(5, 1, 1).vote(5, 2, 0).vote(5, 1, -1).build();
        assertThat(matrix.voteCount()).isEqualTo(2);
        assertThat(matrix.vote(matrix.rowOf(5), matrix.columnOf(1))).isEqualTo((byte) -1);
        assertThat(matrix.vote(matrix.rowOf(5), matrix.columnOf(2))).isEqualTo((byte) 0);
    }

    @Test
    void participantsAndStatementsAreOrderedById() {
        VoteMatrix matrix = VoteMatrix.builder().vote(9, 30, 1).vote(2, 10, 1).vote(5, 20, -1).build();
        assertThat(new long[] {matrix.participantId(0), matrix.participantId(1), matrix.participantId(2)})
                .containsExactly(2, 5, 9);
        assertThat(new long[] {matrix.statementId(0), matrix.statementId(1), matrix.statementId(2)})
                .containsExactly(10, 20, 30);
        assertThat(matrix.vote(matrix.rowOf(9), matrix.columnOf(30))).isEqualTo((byte) 1);
        assertThat(matrix.vote(matrix.rowOf(9), matrix.columnOf(10))).isNull();
    }

    @Test
    void declaredStatementsWithoutVotesCount() {
        VoteMatrix matrix = VoteMatrix.builder().statement(7, false).statement(8, true).vote(1, 7, 1).build();
        assertThat(matrix.statementCount()).isEqualTo(2);
        assertThat(matrix.isModeratedOut(matrix.columnOf(8))).isTrue();
        assertThat(matrix.isModeratedOut(matrix.columnOf(7))).isFalse();
    }

    @Test
    void aVoteOtherThanMinusOneZeroOrOneIsRefused() {
        assertThatThrownBy(() -> VoteMatrix.builder().vote(1, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void manyVotesSurviveTheCompactBuild() {
        VoteMatrixBuilder builder = VoteMatrix.builder();
        for (int p = 0; p < 3_000; p++) {
            for (int s = 0; s < 40; s++) {
                builder.vote(1_000_000L + p * 7L, s * 3L, (p + s) % 3 - 1);
            }
        }
        VoteMatrix matrix = builder.build();
        assertThat(matrix.voteCount()).isEqualTo(120_000);
        assertThat(matrix.vote(matrix.rowOf(1_000_000L + 2_999 * 7L), matrix.columnOf(39 * 3L)))
                .isEqualTo((byte) ((2_999 + 39) % 3 - 1));
    }
}
