package org.gongshang.deliberation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GroupAwareConsensusTests {

    /* Group 0: participants 0..9, 8 agree and 2 disagree; group 1: 10..14, 3 agree and 2 pass. */
    private static VoteTally tally(VoteMatrix votes) {
        int[] groupOfRow = new int[votes.participantCount()];
        for (int i = 0; i < groupOfRow.length; i++) {
            groupOfRow[i] = votes.participantId(i) < 10 ? 0 : 1;
        }
        return new VoteTally(votes, groupOfRow, 2);
    }

    private static VoteMatrix votes() {
        VoteMatrixBuilder builder = VoteMatrix.builder();
        for (int p = 0; p < 10; p++) {
            builder.vote(p, 1, p < 8 ? 1 : -1);
        }
        for (int p = 10; p < 15; p++) {
            builder.vote(p, 1, p < 13 ? 1 : 0);
        }
        return builder.build();
    }

    @Test
    void scoreIsTheProductOfSmoothedGroupAgreeShares() {
        ConsensusStatement score = GroupAwareConsensus.score(1, tally(votes()), 0);
        assertThat(score.score()).isCloseTo(9.0 / 12 * 4.0 / 7, within(1e-12)).isCloseTo(0.4285714, within(1e-7));
        assertThat(score.geometricMean()).isCloseTo(Math.sqrt(9.0 / 12 * 4.0 / 7), within(1e-12));
        assertThat(score.lowestGroupShare()).isEqualTo(4.0 / 7);
        assertThat(score.fewestGroupVotes()).isEqualTo(5);
    }

    @Test
    void commonGroundNeedsEveryGroupAtTheShare() {
        VoteMatrix votes = votes();
        EngineSettings lenient = EngineSettings.defaults().withCommonGround(0.55, 5);
        EngineSettings strict = EngineSettings.defaults().withCommonGround(0.6, 5);
        assertThat(GroupAwareConsensus.of(votes, tally(votes), lenient).commonGround()).hasSize(1);
        assertThat(GroupAwareConsensus.of(votes, tally(votes), strict).commonGround()).isEmpty();
    }

    @Test
    void commonGroundNeedsEnoughVotesInEveryGroup() {
        VoteMatrix votes = votes();
        EngineSettings fewVotes = EngineSettings.defaults().withCommonGround(0.55, 6);
        assertThat(GroupAwareConsensus.of(votes, tally(votes), fewVotes).commonGround()).isEmpty();
    }
}
