package org.gongshang.commonproblem;

import java.util.Random;

/** Unit vectors for grouping tests: random ones mean different problems, a nudged copy means the same. */
public final class TestVectors {

    private final Random random = new Random();

    public float[] unit() {
        float[] vector = new float[512];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return normalised(vector);
    }

    public float[] nudged(float[] vector) {
        float[] moved = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            moved[i] = vector[i] + (float) random.nextGaussian() * 0.005f;
        }
        return normalised(moved);
    }

    private static float[] normalised(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * v;
        }
        for (int i = 0; i < vector.length; i++) {
            vector[i] /= (float) Math.sqrt(sum);
        }
        return vector;
    }
}
