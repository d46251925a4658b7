package org.gongshang.deliberation.engine;

import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/*
 * Finds the opinion axes and places every participant on them. Components are warm-started from
 * the previous update's and turned to point the same way as them (a component's sign is
 * arbitrary, and a flip would throw everyone across the map). A participant's position is their
 * centred votes projected on the axes, times sqrt(statements / known cells), so that someone who
 * voted little is not pulled to the centre by the zeros of the missing votes. As in Pol.is, a
 * moderated-out statement is a known 0 for everyone rather than a missing vote: it counts in both
 * the statements and the known cells (docs/consensus-engine.md shows why this matters).
 */
final class OpinionMap {

    final Components components;
    final Positions positions;

    private OpinionMap(Components components, Positions positions) {
        this.components = components;
        this.positions = positions;
    }

    static OpinionMap of(VoteMatrix matrix, CentredVotes x, EngineState previous, EngineSettings settings) {
        double[][] before = previousComponents(matrix, previous);
        SparsePca.Result pca = SparsePca.compute(x, before, settings);
        double[] c1 = pca.component1();
        double[] c2 = pca.component2();
        orient(c1, before.length > 0 ? before[0] : null);
        orient(c2, before.length > 1 ? before[1] : null);

        double[] extremity = new double[x.columns];
        double scale = Math.sqrt(x.columns);
        for (int j = 0; j < x.columns; j++) {
            if (x.active[j]) {
                // A virtual participant who agreed with statement j and nothing else.
                double lone = scale * (VoteMatrix.AGREE - x.means[j]);
                extremity[j] = Math.hypot(lone * c1[j], lone * c2[j]);
            }
        }
        Components components = new Components(matrix.statementIds(), x.means, c1, c2, pca.eigenvalue1(),
                pca.eigenvalue2(), extremity, pca.iterations(), pca.converged());
        return new OpinionMap(components, project(matrix, x, c1, c2, x.parallel));
    }

    private static Positions project(VoteMatrix matrix, CentredVotes x, double[] c1, double[] c2, boolean parallel) {
        double[] px = new double[x.rows];
        double[] py = new double[x.rows];
        int moderatedOut = x.columns - x.activeColumns;
        IntStream chunks = IntStream.range(0, x.chunkCount());
        (parallel ? chunks.parallel() : chunks).forEach(chunk -> {
            for (int i = x.chunkStart[chunk]; i < x.chunkStart[chunk + 1]; i++) {
                if (x.activeVotes[i] == 0) {
                    continue;
                }
                double sx = 0;
                double sy = 0;
                for (int k = x.rowStart[i]; k < x.rowStart[i + 1]; k++) {
                    sx += x.values[k] * c1[x.columnOf[k]];
                    sy += x.values[k] * c2[x.columnOf[k]];
                }
                double scale = Math.sqrt((double) x.columns / (x.activeVotes[i] + moderatedOut));
                px[i] = scale * sx;
                py[i] = scale * sy;
            }
        });
        return new Positions(matrix.participantIds(), px, py);
    }

    /* The previous components over today's statements; new statements get 0. */
    private static double[][] previousComponents(VoteMatrix matrix, EngineState previous) {
        if (previous.componentStatementIds().length == 0) {
            return new double[0][];
        }
        double[] c1 = new double[matrix.statementCount()];
        double[] c2 = new double[matrix.statementCount()];
        long[] ids = previous.componentStatementIds();
        for (int p = 0; p < ids.length; p++) {
            int j = matrix.columnOf(ids[p]);
            if (j >= 0 && !matrix.isModeratedOut(j)) {
                c1[j] = previous.component1()[p];
                c2[j] = previous.component2()[p];
            }
        }
        return new double[][] {c1, c2};
    }

    /*
     * Flips the component when it points away from the previous one; without a previous one, makes
     * its largest entry positive, so a cold start does not depend on the start vector's sign.
     */
    private static void orient(double[] component, double @Nullable [] previous) {
        double dot = 0;
        if (previous != null) {
            for (int j = 0; j < component.length; j++) {
                dot += component[j] * previous[j];
            }
        }
        if (dot == 0) {
            int largest = 0;
            for (int j = 1; j < component.length; j++) {
                if (Math.abs(component[j]) > Math.abs(component[largest])) {
                    largest = j;
                }
            }
            dot = component.length == 0 ? 0 : component[largest];
        }
        if (dot < 0) {
            for (int j = 0; j < component.length; j++) {
                component[j] = -component[j];
            }
        }
    }
}
