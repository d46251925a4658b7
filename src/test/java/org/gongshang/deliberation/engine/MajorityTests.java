package org.gongshang.deliberation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MajorityTests {

    @Test
    void aClearMajorityCountsAndABareOneDoesNot() {
        VoteMatrixBuilder builder = VoteMatrix.builder();
        for (int p = 0; p < 10; p++) {
            builder.vote(p, 1, p < 9 ? 1 : -1);  // 9 of 10 agree: share 10/12, z 2.71
            builder.vote(p, 2, p < 6 ? 1 : -1);  // 6 of 10 agree: share 7/12, z 0.90
            builder.vote(p, 3, p < 1 ? 1 : -1);  // 9 of 10 disagree
        }
        VoteMatrix votes = builder.build();
        Majority majority = Majority.of(votes, new VoteTally(votes, new int[10], 1), EngineSettings.defaults());
        assertThat(majority.agree()).extracting(MajorityStatement::statementId).containsExactly(1L);
        assertThat(majority.disagree()).extracting(MajorityStatement::statementId).containsExactly(3L);
    }
}
