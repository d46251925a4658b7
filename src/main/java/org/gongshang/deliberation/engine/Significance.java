package org.gongshang.deliberation.engine;

/*
 * Pol.is's regularised z-tests (stats.clj). Both add pseudo-counts so that a handful of votes
 * never looks significant, and neither divides by zero.
 */
final class Significance {

    private Significance() {
    }

    /* z-score of {@code successes} out of {@code trials} against one half, with +1 regularisation. */
    static double proportionTest(int successes, int trials) {
        return 2 * Math.sqrt(trials + 1.0) * ((successes + 1.0) / (trials + 1.0) - 0.5);
    }

    /* z-score of the difference between two proportions, with +1 added to all four counts. */
    static double twoProportionTest(int successes1, int successes2, int trials1, int trials2) {
        double p1 = (successes1 + 1.0) / (trials1 + 1.0);
        double p2 = (successes2 + 1.0) / (trials2 + 1.0);
        double pooled = (successes1 + successes2 + 2.0) / (trials1 + trials2 + 2.0);
        if (pooled >= 1) {
            return 0;
        }
        return (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / (trials1 + 1.0) + 1 / (trials2 + 1.0)));
    }

    /* Laplace-smoothed share, (count + 1) / (seen + 2). */
    static double smoothedShare(int count, int seen) {
        return (count + 1.0) / (seen + 2.0);
    }
}
