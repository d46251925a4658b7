package org.gongshang.deliberation.engine;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Statements most participants agree or disagree with, regardless of group (Pol.is's
 * {@code consensus-stats}, "Majority" in its report): smoothed share above one half and its z-test
 * significant, ranked by share · z. Counts everyone's votes, clustered or not.
 *
 * @param agree the top agreed statements
 * @param disagree the top disagreed statements
 */
public record Majority(List<MajorityStatement> agree, List<MajorityStatement> disagree) implements Serializable {

    static Majority of(VoteMatrix matrix, VoteTally tally, EngineSettings settings) {
        List<MajorityStatement> agree = new ArrayList<>();
        List<MajorityStatement> disagree = new ArrayList<>();
        int everyone = tally.everyone();
        for (int j = 0; j < tally.statements; j++) {
            if (matrix.isModeratedOut(j)) {
                continue;
            }
            int seen = tally.seen(everyone, j);
            add(agree, matrix.statementId(j), Direction.AGREE, tally.agrees(everyone, j), seen, settings);
            add(disagree, matrix.statementId(j), Direction.DISAGREE, tally.disagrees(everyone, j), seen, settings);
        }
        return new Majority(top(agree, settings.majorityLimit()), top(disagree, settings.majorityLimit()));
    }

    private static void add(List<MajorityStatement> list, long id, Direction direction, int votes, int seen,
            EngineSettings settings) {
        double share = Significance.smoothedShare(votes, seen);
        double test = Significance.proportionTest(votes, seen);
        if (share > 0.5 && test > settings.significanceZ()) {
            list.add(new MajorityStatement(id, direction, votes, seen, share, test));
        }
    }

    private static List<MajorityStatement> top(List<MajorityStatement> list, int limit) {
        return list.stream()
                .sorted(Comparator.comparingDouble((MajorityStatement m) -> m.share() * m.shareTest()).reversed()
                        .thenComparingLong(MajorityStatement::statementId))
                .limit(limit)
                .toList();
    }
}
