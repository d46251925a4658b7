package org.gongshang.deliberation.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/*
 * Pol.is's representative statements per group (repness.clj): smoothed agree and disagree shares
 * of the group against all other clustered participants, a one-proportion z-test (is the group
 * clearly for or against?) and a two-proportion z-test (more than the rest?). A statement is
 * representative when both tests pass at the significance level in one direction.
 */
final class RepresentativeStatements {

    private RepresentativeStatements() {
    }

    /* One group's statistics for one statement in both directions. */
    record Stats(long statementId, int agrees, int disagrees, int seen, double agreeShare, double disagreeShare,
            double agreeTest, double disagreeTest, double agreeRepness, double disagreeRepness,
            double agreeRepnessTest, double disagreeRepnessTest) {

        static Stats of(long statementId, int na, int nd, int ns, int restAgrees, int restDisagrees, int restSeen) {
            double pa = Significance.smoothedShare(na, ns);
            double pd = Significance.smoothedShare(nd, ns);
            return new Stats(statementId, na, nd, ns, pa, pd,
                    Significance.proportionTest(na, ns), Significance.proportionTest(nd, ns),
                    pa / Significance.smoothedShare(restAgrees, restSeen),
                    pd / Significance.smoothedShare(restDisagrees, restSeen),
                    Significance.twoProportionTest(na, restAgrees, ns, restSeen),
                    Significance.twoProportionTest(nd, restDisagrees, ns, restSeen));
        }

        boolean passes(double z) {
            return (agreeRepnessTest > z && agreeTest > z) || (disagreeRepnessTest > z && disagreeTest > z);
        }

        Direction leaning() {
            return agreeRepnessTest > disagreeRepnessTest ? Direction.AGREE : Direction.DISAGREE;
        }

        RepresentativeStatement as(Direction direction, boolean bestAgree) {
            return direction == Direction.AGREE
                    ? new RepresentativeStatement(statementId, direction, agrees, seen, agreeShare, agreeTest,
                            agreeRepness, agreeRepnessTest, bestAgree)
                    : new RepresentativeStatement(statementId, direction, disagrees, seen, disagreeShare,
                            disagreeTest, disagreeRepness, disagreeRepnessTest, bestAgree);
        }
    }

    /* The statements of each group, in group order. */
    static List<List<RepresentativeStatement>> select(VoteMatrix matrix, VoteTally tally, EngineSettings settings) {
        List<List<RepresentativeStatement>> result = new ArrayList<>();
        for (int g = 0; g < tally.groups; g++) {
            List<Stats> stats = new ArrayList<>();
            for (int j = 0; j < tally.statements; j++) {
                if (matrix.isModeratedOut(j)) {
                    continue;
                }
                int na = tally.agrees(g, j);
                int nd = tally.disagrees(g, j);
                int ns = tally.seen(g, j);
                stats.add(Stats.of(matrix.statementId(j), na, nd, ns, tally.clusteredAgrees(j) - na,
                        tally.clusteredDisagrees(j) - nd, tally.clusteredSeen(j) - ns));
            }
            result.add(select(stats, settings.significanceZ(), settings.representativeLimit()));
        }
        return result;
    }

    /* Pol.is's {@code select-rep-comments} over one group's statistics, ordered by statement id. */
    static List<RepresentativeStatement> select(List<Stats> stats, double z, int limit) {
        Stats bestAgree = null;
        Stats best = null;
        List<RepresentativeStatement> sufficient = new ArrayList<>();
        for (Stats s : stats) {
            if (beatsBestAgree(s, bestAgree, z)) {
                bestAgree = s;
            }
            if (best == null || Math.max(s.agreeRepnessTest(), s.disagreeRepnessTest())
                    > Math.max(best.agreeRepnessTest(), best.disagreeRepnessTest())) {
                best = s;
            }
            if (s.passes(z)) {
                sufficient.add(s.as(s.leaning(), false));
            }
        }
        if (sufficient.isEmpty()) {
            if (bestAgree != null) {
                return List.of(bestAgree.as(Direction.AGREE, true));
            }
            return best == null ? List.of() : List.of(best.as(best.leaning(), false));
        }
        sufficient.sort(Comparator.comparingDouble(RepresentativeStatement::metric).reversed()
                .thenComparingLong(RepresentativeStatement::statementId));
        List<RepresentativeStatement> chosen = new ArrayList<>();
        if (bestAgree != null) {
            long id = bestAgree.statementId();
            chosen.add(bestAgree.as(Direction.AGREE, true));
            sufficient.removeIf(r -> r.statementId() == id);
        }
        for (RepresentativeStatement r : sufficient) {
            if (chosen.size() == limit) {
                break;
            }
            chosen.add(r);
        }
        // Agrees before disagrees; the sort is stable, so the metric order holds within each.
        chosen.sort(Comparator.comparing(RepresentativeStatement::direction));
        return chosen;
    }

    private static boolean beatsBestAgree(Stats s, @Nullable Stats current, double z) {
        if (s.agrees() == 0 && s.disagrees() == 0) {
            return false;
        }
        if (current == null) {
            return s.agreeTest() > z || (s.agreeRepness() > 1 && s.agreeShare() > 0.5);
        }
        if (current.agreeRepness() > 1) {
            return s.agreeRepness() * s.agreeRepnessTest() * s.agreeShare() * s.agreeTest()
                    > current.agreeRepness() * current.agreeRepnessTest() * current.agreeShare() * current.agreeTest();
        }
        return s.agreeShare() * s.agreeTest() > current.agreeShare() * current.agreeTest();
    }
}
