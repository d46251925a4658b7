package org.gongshang.deliberation.engine;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/*
 * Weighted k-means on points of the plane. Distances are exact, (Δx)² + (Δy)², never
 * |a|² + |b|² − 2a·b, which rounds near-coincident points to the same spot (Pol.is quirk Q11).
 * Ties go to the lower centre index, so the result never depends on hash order (Q17).
 */
final class KMeans2D {

    private static final int POINTS_PER_CHUNK = 16_384;
    private static final int PARALLEL_MIN_POINTS = 200_000;
    /*
     * Base clustering stops once no centre moves more than this share of the points' spread: with
     * many thousands of points a few keep hopping across boundaries for a hundred iterations
     * without changing anything visible (Pol.is stops at an absolute 0.01, about the same here).
     */
    static final double BASE_TOLERANCE = 1e-2;

    record Result(double[] centres, int[] assignment, double cost, int iterations) {

        int k() {
            return centres.length / 2;
        }
    }

    private KMeans2D() {
    }

    /*
     * Runs Lloyd's iterations from the given centres until no point changes centre or no centre
     * moves more than the tolerance, with Hamerly's
     * bounds: a point whose distance to its centre is below half the gap to the next centre, or
     * below a lower bound on its second-nearest distance, cannot change and is skipped. Same
     * result as plain Lloyd, but late iterations touch only the few points near a boundary.
     */
    static Result run(double[] x, double[] y, double @Nullable [] weight, double[] initialCentres, int maxIterations,
            double relativeTolerance, boolean parallel) {
        int n = x.length;
        int k = initialCentres.length / 2;
        double[] centres = initialCentres.clone();
        int[] assignment = new int[n];
        double[] upper = new double[n];
        double[] lower = new double[n];
        Arrays.fill(assignment, -1);
        double tolerance = relativeTolerance * spread(x, y, weight);
        int iterations = 0;
        while (assign(x, y, centres, assignment, upper, lower, parallel) && iterations < maxIterations) {
            double[] before = centres.clone();
            boolean reseeded = update(x, y, weight, centres, assignment);
            double[] moved = new double[k];
            double most = 0;
            double secondMost = 0;
            int mostMoved = -1;
            for (int c = 0; c < k; c++) {
                moved[c] = distance(before[2 * c], before[2 * c + 1], centres[2 * c], centres[2 * c + 1]);
                if (moved[c] > most) {
                    secondMost = most;
                    most = moved[c];
                    mostMoved = c;
                } else if (moved[c] > secondMost) {
                    secondMost = moved[c];
                }
            }
            for (int i = 0; i < n; i++) {
                int c = assignment[i];
                // A reseeded centre invalidates the bounds: recompute every distance next time.
                upper[i] = reseeded ? Double.POSITIVE_INFINITY : upper[i] + moved[c];
                lower[i] = reseeded ? 0 : lower[i] - (c == mostMoved ? secondMost : most);
            }
            iterations++;
            if (most <= tolerance && !reseeded) {
                assign(x, y, centres, assignment, upper, lower, parallel);
                break;
            }
        }
        return new Result(centres, assignment, cost(x, y, weight, centres, assignment), iterations);
    }

    /*
     * k-means++ seeding: each new centre is drawn with probability ∝ weight · distance² to the
     * nearest centre so far, starting from {@code existing}. Returns fewer than k centres when
     * there are fewer distinct points.
     */
    static double[] seed(double[] x, double[] y, double @Nullable [] weight, double[] existing, int k, SplittableRandom random) {
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

    private static boolean assign(double[] x, double[] y, double[] centres, int[] assignment, double[] upper,
            double[] lower, boolean parallel) {
        int k = centres.length / 2;
        double[] halfGap = new double[k];
        for (int c = 0; c < k; c++) {
            double nearest = Double.POSITIVE_INFINITY;
            for (int d = 0; d < k; d++) {
                if (d != c) {
                    nearest = Math.min(nearest, distance(centres[2 * c], centres[2 * c + 1], centres[2 * d], centres[2 * d + 1]));
                }
            }
            halfGap[c] = nearest / 2;
        }
        int chunks = Math.max(1, (x.length + POINTS_PER_CHUNK - 1) / POINTS_PER_CHUNK);
        IntStream range = IntStream.range(0, chunks);
        // Like the passes over the votes: only large sets of points are worth waking worker threads for.
        boolean split = parallel && x.length >= PARALLEL_MIN_POINTS;
        return (split ? range.parallel() : range).map(chunk -> {
            int changed = 0;
            int to = Math.min(x.length, (chunk + 1) * POINTS_PER_CHUNK);
            for (int i = chunk * POINTS_PER_CHUNK; i < to; i++) {
                int current = assignment[i];
                if (current >= 0) {
                    double bound = Math.max(halfGap[current], lower[i]);
                    if (upper[i] <= bound) {
                        continue;
                    }
                    upper[i] = distance(x[i], y[i], centres[2 * current], centres[2 * current + 1]);
                    if (upper[i] <= bound) {
                        continue;
                    }
                }
                int best = 0;
                double bestDistance = Double.POSITIVE_INFINITY;
                double secondDistance = Double.POSITIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double dx = x[i] - centres[2 * c];
                    double dy = y[i] - centres[2 * c + 1];
                    double d = dx * dx + dy * dy;
                    if (d < bestDistance) {
                        secondDistance = bestDistance;
                        bestDistance = d;
                        best = c;
                    } else if (d < secondDistance) {
                        secondDistance = d;
                    }
                }
                upper[i] = Math.sqrt(bestDistance);
                lower[i] = Math.sqrt(secondDistance);
                if (current != best) {
                    assignment[i] = best;
                    changed++;
                }
            }
            return changed;
        }).sum() > 0;
    }

    /* Moves centres to their members' weighted mean; an emptied centre jumps to the worst-served point. */
    private static boolean update(double[] x, double[] y, double @Nullable [] weight, double[] centres, int[] assignment) {
        boolean reseeded = false;
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
                reseeded = true;
            }
        }
        return reseeded;
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

    /* Root mean squared distance of the points to their weighted mean. */
    private static double spread(double[] x, double[] y, double @Nullable [] weight) {
        double mass = 0;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mass += w(weight, i);
            mx += w(weight, i) * x[i];
            my += w(weight, i) * y[i];
        }
        if (mass == 0) {
            return 0;
        }
        mx /= mass;
        my /= mass;
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += w(weight, i) * ((x[i] - mx) * (x[i] - mx) + (y[i] - my) * (y[i] - my));
        }
        return Math.sqrt(sum / mass);
    }

    static double cost(double[] x, double[] y, double @Nullable [] weight, double[] centres, int[] assignment) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            int c = assignment[i];
            double dx = x[i] - centres[2 * c];
            double dy = y[i] - centres[2 * c + 1];
            sum += w(weight, i) * (dx * dx + dy * dy);
        }
        return sum;
    }

    private static double w(double @Nullable [] weight, int i) {
        return weight == null ? 1 : weight[i];
    }
}
