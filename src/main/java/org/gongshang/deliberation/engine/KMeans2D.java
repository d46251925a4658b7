package org.gongshang.deliberation.engine;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Weighted k-means on points of the plane. Distances are exact, (Δx)² + (Δy)², never
 * |a|² + |b|² − 2a·b, which rounds near-coincident points to the same spot (Pol.is quirk Q11).
 * Ties go to the lower centre index, so the result never depends on hash order (Q17).
 */
final class KMeans2D {

    private static final int POINTS_PER_CHUNK = 16_384;

    record Result(double[] centres, int[] assignment, double cost, int iterations) {

        int k() {
            return centres.length / 2;
        }
    }

    private KMeans2D() {
    }

    /** Runs Lloyd's iterations from the given centres until no point changes centre. */
    static Result run(double[] x, double[] y, double[] weight, double[] initialCentres, int maxIterations,
            boolean parallel) {
        int n = x.length;
        int k = initialCentres.length / 2;
        double[] centres = initialCentres.clone();
        int[] assignment = new int[n];
        Arrays.fill(assignment, -1);
        int iterations = 0;
        while (assign(x, y, centres, assignment, parallel) && iterations < maxIterations) {
            update(x, y, weight, centres, assignment);
            iterations++;
        }
        return new Result(centres, assignment, cost(x, y, weight, centres, assignment), iterations);
    }

    /**
     * k-means++ seeding: each new centre is drawn with probability ∝ weight · distance² to the
     * nearest centre so far, starting from {@code existing}. Returns fewer than k centres when
     * there are fewer distinct points.
     */
    static double[] seed(double[] x, double[] y, double[] weight, double[] existing, int k, SplittableRandom random) {
        int n = x.length;
        double[] centres = Arrays.copyOf(existing, 2 * k);
        int count = existing.length / 2;
        double[] nearest = new double[n];
        Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        for (int c = 0; c < count; c++) {
            closer(x, y, centres[2 * c], centres[2 * c + 1], nearest);
        }
        while (count < k) {
            double total = 0;
            for (int i = 0; i < n; i++) {
                total += w(weight, i) * (count == 0 ? 1 : nearest[i]);
            }
            if (!(total > 0)) {
                break;
            }
            double target = random.nextDouble() * total;
            int chosen = -1;
            double running = 0;
            for (int i = 0; i < n; i++) {
                double mass = w(weight, i) * (count == 0 ? 1 : nearest[i]);
                if (mass > 0) {
                    chosen = i;
                    running += mass;
                    if (running > target) {
                        break;
                    }
                }
            }
            centres[2 * count] = x[chosen];
            centres[2 * count + 1] = y[chosen];
            closer(x, y, x[chosen], y[chosen], nearest);
            count++;
        }
        return Arrays.copyOf(centres, 2 * count);
    }

    static double distance(double ax, double ay, double bx, double by) {
        double dx = ax - bx;
        double dy = ay - by;
        return Math.sqrt(dx * dx + dy * dy);
    }

    private static void closer(double[] x, double[] y, double cx, double cy, double[] nearest) {
        for (int i = 0; i < x.length; i++) {
            double dx = x[i] - cx;
            double dy = y[i] - cy;
            nearest[i] = Math.min(nearest[i], dx * dx + dy * dy);
        }
    }

    private static boolean assign(double[] x, double[] y, double[] centres, int[] assignment, boolean parallel) {
        int chunks = Math.max(1, (x.length + POINTS_PER_CHUNK - 1) / POINTS_PER_CHUNK);
        IntStream range = IntStream.range(0, chunks);
        return (parallel && chunks > 1 ? range.parallel() : range).map(chunk -> {
            int changed = 0;
            int k = centres.length / 2;
            int to = Math.min(x.length, (chunk + 1) * POINTS_PER_CHUNK);
            for (int i = chunk * POINTS_PER_CHUNK; i < to; i++) {
                int best = 0;
                double bestDistance = Double.POSITIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double dx = x[i] - centres[2 * c];
                    double dy = y[i] - centres[2 * c + 1];
                    double d = dx * dx + dy * dy;
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = c;
                    }
                }
                if (assignment[i] != best) {
                    assignment[i] = best;
                    changed++;
                }
            }
            return changed;
        }).sum() > 0;
    }

    /** Moves centres to their members' weighted mean; an emptied centre jumps to the worst-served point. */
    private static void update(double[] x, double[] y, double[] weight, double[] centres, int[] assignment) {
        int k = centres.length / 2;
        double[] sumX = new double[k];
        double[] sumY = new double[k];
        double[] mass = new double[k];
        for (int i = 0; i < x.length; i++) {
            int c = assignment[i];
            double wi = w(weight, i);
            sumX[c] += wi * x[i];
            sumY[c] += wi * y[i];
            mass[c] += wi;
        }
        for (int c = 0; c < k; c++) {
            if (mass[c] > 0) {
                centres[2 * c] = sumX[c] / mass[c];
                centres[2 * c + 1] = sumY[c] / mass[c];
            } else {
                int worst = worstServed(x, y, centres, assignment);
                centres[2 * c] = x[worst];
                centres[2 * c + 1] = y[worst];
                assignment[worst] = c;
            }
        }
    }

    private static int worstServed(double[] x, double[] y, double[] centres, int[] assignment) {
        int worst = 0;
        double worstDistance = -1;
        for (int i = 0; i < x.length; i++) {
            int c = assignment[i];
            double d = distance(x[i], y[i], centres[2 * c], centres[2 * c + 1]);
            if (d > worstDistance) {
                worstDistance = d;
                worst = i;
            }
        }
        return worst;
    }

    static double cost(double[] x, double[] y, double[] weight, double[] centres, int[] assignment) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            int c = assignment[i];
            double dx = x[i] - centres[2 * c];
            double dy = y[i] - centres[2 * c + 1];
            sum += w(weight, i) * (dx * dx + dy * dy);
        }
        return sum;
    }

    private static double w(double[] weight, int i) {
        return weight == null ? 1 : weight[i];
    }
}
