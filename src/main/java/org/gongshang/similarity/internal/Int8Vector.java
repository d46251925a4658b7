package org.gongshang.similarity.internal;

/**
 * A unit vector kept in one byte per component: {@code scale · components}. 512 bytes instead of
 * 2,048 for floats; the cosine it gives is within about 0.005 of the exact one, far below the gaps
 * between thresholds.
 */
public record Int8Vector(byte[] components, float scale) {

    public static Int8Vector of(float[] vector) {
        float max = 0;
        for (float v : vector) {
            max = Math.max(max, Math.abs(v));
        }
        float scale = max == 0 ? 1 : max / 127f;
        byte[] components = new byte[vector.length];
        for (int i = 0; i < vector.length; i++) {
            components[i] = (byte) Math.round(vector[i] / scale);
        }
        return new Int8Vector(components, scale);
    }

    /** The cosine with a unit vector given in floats. */
    public double dot(float[] query) {
        float sum = 0;
        for (int i = 0; i < components.length; i++) {
            sum += query[i] * components[i];
        }
        return sum * scale;
    }

    public float[] floats() {
        float[] vector = new float[components.length];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = components[i] * scale;
        }
        return vector;
    }
}
