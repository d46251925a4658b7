package org.gongshang.similarity.internal;

import java.util.Arrays;
import java.util.function.IntFunction;

import org.jspecify.annotations.Nullable;

/**
 * 512-bit signatures of a corpus's vectors, one per slot: bit i is set when component i lies above the
 * corpus's mean. Two texts whose signatures differ in few bits point the same way, so the Hamming
 * distance (eight {@code bitCount}s) picks the candidates that the exact cosine then ranks. The mean
 * is taken again each time the number of vectors has doubled. Not thread-safe: the index locks.
 */
final class Signatures {

    private static final int WORDS = 8;

    private long[] bits = new long[0];
    private float[] centre = new float[0];
    private int centredAt;

    void ensure(int slots) {
        if (bits.length < slots * WORDS) {
            bits = Arrays.copyOf(bits, Math.max(slots * WORDS, bits.length * 2));
        }
    }

    void sign(int slot, Int8Vector vector) {
        System.arraycopy(of(vector.floats()), 0, bits, slot * WORDS, WORDS);
    }

    long[] of(float[] vector) {
        long[] signature = new long[WORDS];
        for (int i = 0; i < vector.length && i < WORDS * 64; i++) {
            float c = i < centre.length ? centre[i] : 0;
            if (vector[i] > c) {
                signature[i >> 6] |= 1L << (i & 63);
            }
        }
        return signature;
    }

    int distance(int slot, long[] query) {
        int distance = 0;
        for (int w = 0, base = slot * WORDS; w < WORDS; w++) {
            distance += Long.bitCount(bits[base + w] ^ query[w]);
        }
        return distance;
    }

    /** Takes the mean again when the vectors have doubled since the last time (and are at least 64). */
    void recentreIfGrown(int vectors, int slots, IntFunction<@Nullable Int8Vector> vectorAt) {
        if (vectors < 64 || vectors < 2 * centredAt) {
            return;
        }
        float[] sum = new float[WORDS * 64];
        for (int slot = 0; slot < slots; slot++) {
            Int8Vector vector = vectorAt.apply(slot);
            if (vector != null) {
                float[] v = vector.floats();
                for (int i = 0; i < v.length && i < sum.length; i++) {
                    sum[i] += v[i] / vectors;
                }
            }
        }
        centre = sum;
        centredAt = vectors;
        for (int slot = 0; slot < slots; slot++) {
            Int8Vector vector = vectorAt.apply(slot);
            if (vector != null) {
                sign(slot, vector);
            }
        }
    }

    long bytes() {
        return bits.length * 8L;
    }
}
