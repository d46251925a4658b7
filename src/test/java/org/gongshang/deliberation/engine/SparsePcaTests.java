package org.gongshang.deliberation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.ejml.simple.SimpleMatrix;
import org.ejml.simple.SimpleSVD;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/* Checks the sparse block power iteration against EJML's dense SVD of the same centred matrix. */
class SparsePcaTests {

    private static final EngineSettings STRICT = EngineSettings.defaults().withPcaTolerance(1e-10);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void componentsAndEigenvaluesMatchDenseSvdOnRandomVotes(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int participants = 20 + random.nextInt(40);
        int statements = 5 + random.nextInt(15);
        VoteMatrixBuilder builder = VoteMatrix.builder();
        for (int p = 0; p < participants; p++) {
            double lean = random.nextDouble();
            for (int s = 0; s < statements; s++) {
                if (random.nextDouble() < 0.7) {
                    builder.vote(p, s, random.nextDouble() < lean ? 1 : random.nextInt(3) - 1);
                }
            }
        }
        CentredVotes x = new CentredVotes(builder.build(), Integer.MAX_VALUE);
        SparsePca.Result pca = SparsePca.compute(x, new double[0][], STRICT);

        SimpleSVD<SimpleMatrix> svd = dense(x).svd();
        double[] singular = svd.getSingularValues();
        int first = largest(singular, -1);
        int second = largest(singular, first);
        assertThat(pca.converged()).isTrue();
        assertThat(pca.eigenvalue1()).isCloseTo(singular[first] * singular[first], within(1e-8 * pca.eigenvalue1()));
        assertThat(pca.eigenvalue2()).isCloseTo(singular[second] * singular[second], within(1e-8 * pca.eigenvalue1()));
        assertThat(Math.abs(dot(pca.component1(), column(svd.getV(), first)))).isCloseTo(1, within(1e-6));
        assertThat(Math.abs(dot(pca.component2(), column(svd.getV(), second)))).isCloseTo(1, within(1e-6));
    }

    @Test
    void rankOneVotesHaveNoSecondComponent() {
        // Two camps voting exactly opposite on every statement: every centred row is ± the same vector.
        VoteMatrixBuilder builder = VoteMatrix.builder();
        for (int p = 0; p < 10; p++) {
            for (int s = 0; s < 6; s++) {
                builder.vote(p, s, (p % 2 == 0) == (s % 3 == 0) ? 1 : -1);
            }
        }
        SparsePca.Result pca = SparsePca.compute(new CentredVotes(builder.build(), Integer.MAX_VALUE), new double[0][], STRICT);
        assertThat(pca.eigenvalue1()).isPositive();
        assertThat(pca.eigenvalue2()).isZero();
        assertThat(pca.component2()).containsOnly(0.0);
    }

    @Test
    void votesWithoutVarianceGiveZeroComponents() {
        VoteMatrix matrix = VoteMatrix.builder().vote(1, 1, 1).vote(2, 1, 1).vote(1, 2, -1).vote(2, 2, -1).build();
        SparsePca.Result pca = SparsePca.compute(new CentredVotes(matrix, 0), new double[0][], STRICT);
        assertThat(pca.eigenvalue1()).isZero();
        assertThat(pca.component1()).containsOnly(0.0);
    }

    private static SimpleMatrix dense(CentredVotes x) {
        SimpleMatrix matrix = new SimpleMatrix(x.rows, x.columns);
        for (int i = 0; i < x.rows; i++) {
            for (int k = x.rowStart[i]; k < x.rowStart[i + 1]; k++) {
                matrix.set(i, x.columnOf[k], x.values[k]);
            }
        }
        return matrix;
    }

    private static int largest(double[] values, int except) {
        int best = -1;
        for (int i = 0; i < values.length; i++) {
            if (i != except && (best < 0 || values[i] > values[best])) {
                best = i;
            }
        }
        return best;
    }

    private static double[] column(SimpleMatrix matrix, int column) {
        double[] result = new double[matrix.getNumRows()];
        for (int i = 0; i < result.length; i++) {
            result[i] = matrix.get(i, column);
        }
        return result;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
