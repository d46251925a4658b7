package org.gongshang.deliberation.engine;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/*
 * The first two principal components of the centred votes, by block power iteration (subspace
 * iteration) with a Rayleigh–Ritz step: a block of four vectors is multiplied by C = X_cᵀX_c in
 * one pass over the votes, C·v = Σ_rows x_i (x_i·v), so an iteration costs O(#votes). Four vectors
 * instead of Pol.is's one-at-a-time deflation make both components converge at the rate λ₅/λ₂
 * rather than λ₂/λ₁ and λ₃/λ₂. Iteration stops once both Ritz pairs have a relative residual
 * ‖Cv − θv‖ ≤ tolerance·θ₁, which is free to compute from the same pass.
 */
final class SparsePca {

    static final int BLOCK = 4;
    /* Below this share of the first eigenvalue, a component is noise: it is reported as zero (rank-1 data). */
    static final double RANK_EPSILON = 1e-9;

    record Result(double[] component1, double[] component2, double eigenvalue1, double eigenvalue2, int iterations,
            boolean converged) {
    }

    private SparsePca() {
    }

    /*
     * @param start up to two start vectors over all columns (warm start), or an empty array (cold start)
     */
    static Result compute(CentredVotes x, double[][] start, EngineSettings settings) {
        int n = x.columns;
        int block = Math.min(BLOCK, x.activeColumns);
        if (block == 0) {
            return new Result(new double[n], new double[n], 0, 0, 0, true);
        }
        SplittableRandom random = new SplittableRandom(settings.seed());
        double[] v = new double[n * block];
        for (int t = 0; t < block; t++) {
            double[] warm = t < start.length ? start[t] : null;
            for (int j = 0; j < n; j++) {
                if (x.active[j]) {
                    double noise = random.nextDouble() - 0.5;
                    v[j * block + t] = warm != null && warm[j] != 0 ? warm[j] : warm != null ? 1e-3 * noise : noise;
                }
            }
        }
        orthonormalise(v, n, block, x.active, random);

        double[][] partial = new double[x.chunkCount()][n * block];
        double[] w = new double[n * block];
        double[] theta = new double[block];
        double[] q = new double[block * block];
        int iteration = 0;
        boolean converged = false;
        while (iteration < settings.pcaMaxIterations()) {
            iteration++;
            multiply(x, v, w, block, partial, x.parallel);
            double[] h = new double[block * block];
            for (int s = 0; s < block; s++) {
                for (int t = s; t < block; t++) {
                    double dot = 0;
                    for (int j = 0; j < n; j++) {
                        dot += v[j * block + s] * w[j * block + t];
                    }
                    h[s * block + t] = dot;
                    h[t * block + s] = dot;
                }
            }
            SymmetricEigen eigen = new SymmetricEigen(h, block);
            theta = eigen.values;
            q = eigen.vectors;
            converged = residual(v, w, q, theta, n, block, Math.min(2, block)) <= settings.pcaTolerance() * Math.abs(theta[0])
                    || theta[0] <= 0;
            if (converged) {
                break;
            }
            double[] next = rotate(w, q, n, block);
            System.arraycopy(next, 0, v, 0, v.length);
            orthonormalise(v, n, block, x.active, random);
        }
        double[] ritz = rotate(v, q, n, block);
        double[] component1 = column(ritz, n, block, 0);
        double[] component2 = block > 1 ? column(ritz, n, block, 1) : new double[n];
        double eigenvalue1 = Math.max(0, theta[0]);
        double eigenvalue2 = block > 1 ? Math.max(0, theta[1]) : 0;
        if (eigenvalue1 <= 0) {
            Arrays.fill(component1, 0);
        }
        if (eigenvalue2 <= RANK_EPSILON * eigenvalue1) {
            Arrays.fill(component2, 0);
            eigenvalue2 = 0;
        }
        return new Result(component1, component2, eigenvalue1, eigenvalue2, iteration, converged);
    }

    /* w = X_cᵀ X_c v for a block of vectors stored row-interleaved (v[j*block + t]). */
    static void multiply(CentredVotes x, double[] v, double[] w, int block, double[][] partial, boolean parallel) {
        IntStream chunks = IntStream.range(0, x.chunkCount());
        (parallel ? chunks.parallel() : chunks).forEach(c -> multiplyChunk(x, v, block, c, partial[c]));
        System.arraycopy(partial[0], 0, w, 0, w.length);
        for (int c = 1; c < partial.length; c++) {
            double[] p = partial[c];
            for (int i = 0; i < w.length; i++) {
                w[i] += p[i];
            }
        }
    }

    private static void multiplyChunk(CentredVotes x, double[] v, int block, int chunk, double[] accumulator) {
        Arrays.fill(accumulator, 0);
        int[] rowStart = x.rowStart;
        int[] columnOf = x.columnOf;
        float[] values = x.values;
        double[] u = new double[block];
        for (int i = x.chunkStart[chunk]; i < x.chunkStart[chunk + 1]; i++) {
            int from = rowStart[i];
            int to = rowStart[i + 1];
            if (block == BLOCK) {
                double u0 = 0, u1 = 0, u2 = 0, u3 = 0;
                for (int k = from; k < to; k++) {
                    double value = values[k];
                    int at = columnOf[k] << 2;
                    u0 += value * v[at];
                    u1 += value * v[at + 1];
                    u2 += value * v[at + 2];
                    u3 += value * v[at + 3];
                }
                for (int k = from; k < to; k++) {
                    double value = values[k];
                    int at = columnOf[k] << 2;
                    accumulator[at] += value * u0;
                    accumulator[at + 1] += value * u1;
                    accumulator[at + 2] += value * u2;
                    accumulator[at + 3] += value * u3;
                }
            } else {
                Arrays.fill(u, 0);
                for (int k = from; k < to; k++) {
                    int at = columnOf[k] * block;
                    for (int t = 0; t < block; t++) {
                        u[t] += values[k] * v[at + t];
                    }
                }
                for (int k = from; k < to; k++) {
                    int at = columnOf[k] * block;
                    for (int t = 0; t < block; t++) {
                        accumulator[at + t] += values[k] * u[t];
                    }
                }
            }
        }
    }

    /* The larger relative-to-nothing residual ‖W q_t − θ_t V q_t‖ of the first {@code pairs} Ritz pairs. */
    private static double residual(double[] v, double[] w, double[] q, double[] theta, int n, int block, int pairs) {
        double worst = 0;
        for (int t = 0; t < pairs; t++) {
            double sum = 0;
            for (int j = 0; j < n; j++) {
                double r = 0;
                for (int s = 0; s < block; s++) {
                    r += (w[j * block + s] - theta[t] * v[j * block + s]) * q[s * block + t];
                }
                sum += r * r;
            }
            worst = Math.max(worst, Math.sqrt(sum));
        }
        return worst;
    }

    private static double[] rotate(double[] m, double[] q, int n, int block) {
        double[] result = new double[n * block];
        for (int j = 0; j < n; j++) {
            for (int t = 0; t < block; t++) {
                double sum = 0;
                for (int s = 0; s < block; s++) {
                    sum += m[j * block + s] * q[s * block + t];
                }
                result[j * block + t] = sum;
            }
        }
        return result;
    }

    private static double[] column(double[] m, int n, int block, int t) {
        double[] result = new double[n];
        for (int j = 0; j < n; j++) {
            result[j] = m[j * block + t];
        }
        return result;
    }

    /*
     * Gram–Schmidt, twice for stability. A column that vanishes (the votes have lower rank than
     * the block) is replaced by a seeded random one, so the block stays a basis.
     */
    static void orthonormalise(double[] v, int n, int block, boolean[] active, SplittableRandom random) {
        for (int t = 0; t < block; t++) {
            for (int attempt = 0; attempt < 3; attempt++) {
                double before = norm(v, n, block, t);
                for (int pass = 0; pass < 2; pass++) {
                    for (int s = 0; s < t; s++) {
                        double dot = 0;
                        for (int j = 0; j < n; j++) {
                            dot += v[j * block + s] * v[j * block + t];
                        }
                        for (int j = 0; j < n; j++) {
                            v[j * block + t] -= dot * v[j * block + s];
                        }
                    }
                }
                double after = norm(v, n, block, t);
                if (after > 1e-10 * before && after > 1e-300) {
                    for (int j = 0; j < n; j++) {
                        v[j * block + t] /= after;
                    }
                    break;
                }
                for (int j = 0; j < n; j++) {
                    v[j * block + t] = active[j] ? random.nextDouble() - 0.5 : 0;
                }
            }
        }
    }

    private static double norm(double[] v, int n, int block, int t) {
        double sum = 0;
        for (int j = 0; j < n; j++) {
            sum += v[j * block + t] * v[j * block + t];
        }
        return Math.sqrt(sum);
    }
}
