package org.gongshang.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The representatives of groups and the nearest one, by exact cosine among the candidates the signatures pick. */
class LeadersTests {

    @Test
    void theNearestRepresentativeAboveTheThresholdIsFoundAndNothingBelowIt() {
        Random random = new Random(7);
        Leaders leaders = new Leaders(8);
        float[][] representatives = new float[200][];
        for (int i = 0; i < representatives.length; i++) {
            representatives[i] = unit(random);
            leaders.put(i, representatives[i]);
        }
        float[] near = nudged(representatives[42], random, 0.05f);

        assertThat(leaders.nearest(near, 0.8)).hasValueSatisfying(found -> {
            assertThat(found.groupId()).isEqualTo(42);
            assertThat(found.score()).isGreaterThan(0.8);
        });
        assertThat(leaders.nearest(unit(random), 0.8)).as("a random direction is near none").isEmpty();
        assertThat(leaders.size()).isEqualTo(200);
    }

    @Test
    void aRemovedGroupIsNoLongerFoundAndAReplacedOneByItsNewVector() {
        Random random = new Random(11);
        Leaders leaders = new Leaders(64);
        float[] first = unit(random);
        float[] second = unit(random);
        leaders.put(1, first);

        leaders.remove(1);
        assertThat(leaders.nearest(first, 0.5)).isEmpty();
        assertThat(leaders.size()).isZero();

        leaders.put(2, first);
        leaders.put(2, second);
        assertThat(leaders.nearest(first, 0.9)).isEmpty();
        assertThat(leaders.nearest(second, 0.9)).hasValueSatisfying(found -> assertThat(found.groupId()).isEqualTo(2));
    }

    static float[] unit(Random random) {
        float[] vector = new float[512];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return normalised(vector);
    }

    static float[] nudged(float[] vector, Random random, float by) {
        float[] moved = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            moved[i] = vector[i] + (float) random.nextGaussian() * by / (float) Math.sqrt(vector.length) * 4;
        }
        return normalised(moved);
    }

    static float[] normalised(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * v;
        }
        float norm = (float) Math.sqrt(sum);
        for (int i = 0; i < vector.length; i++) {
            vector[i] /= norm;
        }
        return vector;
    }
}
