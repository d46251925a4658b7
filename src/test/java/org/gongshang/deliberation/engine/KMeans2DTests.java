package org.gongshang.deliberation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class KMeans2DTests {

    @Test
    void nearlyCoincidentPointsFarFromTheOriginStayApart() {
        // |a|² + |b|² − 2a·b rounds their distance to 0 (Pol.is quirk Q11); the exact formula does not.
        double[] x = {1e8, 1e8 + 1e-4, 1e8, 1e8 + 1e-4};
        double[] y = {0, 0, 1e-9, 1e-9};
        KMeans2D.Result result = KMeans2D.run(x, y, null, new double[] {1e8, 0, 1e8 + 1e-4, 0}, 10, 0, false);
        assertThat(result.assignment()).containsExactly(0, 1, 0, 1);
        assertThat(KMeans2D.distance(1e8, 0, 1e8 + 1e-4, 0)).isGreaterThan(0);
    }

    @Test
    void aTieGoesToTheLowerCentre() {
        KMeans2D.Result result = KMeans2D.run(new double[] {0}, new double[] {0}, null, new double[] {-1, 0, 1, 0}, 0,
                0, false);
        assertThat(result.assignment()).containsExactly(0);
    }

    @Test
    void boundedIterationsFindTheSameClustersAsPlainLloyd() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 2_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextGaussian() + (i % 4) * 3;
            y[i] = random.nextGaussian() + (i % 3) * 2;
        }
        double[] initial = KMeans2D.seed(x, y, null, new double[0], 12, new SplittableRandom(5));
        KMeans2D.Result result = KMeans2D.run(x, y, null, initial, 500, 0, true);
        double[] centres = result.centres();
        for (int i = 0; i < n; i++) {
            int nearest = 0;
            for (int c = 1; c < centres.length / 2; c++) {
                if (KMeans2D.distance(x[i], y[i], centres[2 * c], centres[2 * c + 1])
                        < KMeans2D.distance(x[i], y[i], centres[2 * nearest], centres[2 * nearest + 1])) {
                    nearest = c;
                }
            }
            assertThat(result.assignment()[i]).isEqualTo(nearest);
        }
    }

    @Test
    void seedingStopsAtTheNumberOfDistinctPoints() {
        double[] centres = KMeans2D.seed(new double[] {1, 1, 2, 2}, new double[] {0, 0, 0, 0}, null, new double[0], 100,
                new SplittableRandom(1));
        assertThat(centres).hasSize(4);
    }
}
