package org.gongshang.deliberation.engine;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Group-aware consensus (Pol.is 1.10): Π over groups of (A_g + 1) / (S_g + 2), where S_g counts
 * passes. It is high only when every group agrees, however small. The common-ground list
 * (最大公约数) is stricter: every group's factor must reach a share and every group must have cast
 * enough votes, after Jigsaw's sensemaking tools; the product alone ranks statements but has no
 * threshold.
 *
 * @param ranking every active statement, best first
 * @param commonGround the statements every group agrees with, best first
 */
public record GroupAwareConsensus(List<ConsensusStatement> ranking, List<ConsensusStatement> commonGround)
        implements Serializable {

    static GroupAwareConsensus of(VoteMatrix matrix, VoteTally tally, EngineSettings settings) {
        List<ConsensusStatement> ranking = new ArrayList<>();
        if (tally.groups > 0) {
            for (int j = 0; j < tally.statements; j++) {
                if (!matrix.isModeratedOut(j)) {
                    ranking.add(score(matrix.statementId(j), tally, j));
                }
            }
        }
        ranking.sort(Comparator.comparingDouble(ConsensusStatement::score).reversed()
                .thenComparingLong(ConsensusStatement::statementId));
        List<ConsensusStatement> commonGround = ranking.stream()
                .filter(c -> c.lowestGroupShare() >= settings.commonGroundAgreeShare()
                        && c.fewestGroupVotes() >= settings.commonGroundMinimumVotes())
                .toList();
        return new GroupAwareConsensus(List.copyOf(ranking), commonGround);
    }

    static ConsensusStatement score(long statementId, VoteTally tally, int column) {
        double product = 1;
        double lowest = Double.POSITIVE_INFINITY;
        int fewest = Integer.MAX_VALUE;
        for (int g = 0; g < tally.groups; g++) {
            double share = Significance.smoothedShare(tally.agrees(g, column), tally.seen(g, column));
            product *= share;
            lowest = Math.min(lowest, share);
            fewest = Math.min(fewest, tally.seen(g, column));
        }
        return new ConsensusStatement(statementId, product, Math.pow(product, 1.0 / tally.groups), lowest, fewest);
    }
}
