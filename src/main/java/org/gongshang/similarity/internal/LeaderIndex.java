package org.gongshang.similarity.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The representatives of groups, each a vector, and the nearest one to a query: signatures pick the
 * {@code candidates} nearest by Hamming distance, the exact cosine ranks them. The cost of a lookup
 * grows with the number of groups, not of texts. Not thread-safe: the caller locks.
 */
public final class LeaderIndex {

    /** The group whose representative is nearest, and the cosine with it. */
    public record Nearest(long groupId, double score) {
    }

    private final Signatures signatures = new Signatures();
    private final Map<Long, Integer> slots = new HashMap<>();
    private final List<@Nullable Int8Vector> vectors = new ArrayList<>();
    private final List<Long> groups = new ArrayList<>();
    private final int candidates;
    private int held;

    public LeaderIndex(int candidates) {
        this.candidates = candidates;
    }

    public void put(long groupId, float[] vector) {
        Int8Vector stored = Int8Vector.of(vector);
        Integer slot = slots.get(groupId);
        if (slot == null) {
            slot = vectors.size();
            vectors.add(stored);
            groups.add(groupId);
            slots.put(groupId, slot);
            held++;
        } else {
            held += vectors.get(slot) == null ? 1 : 0;
            vectors.set(slot, stored);
        }
        signatures.ensure(vectors.size());
        signatures.sign(slot, stored);
        signatures.recentreIfGrown(held, vectors.size(), vectors::get);
    }

    public void remove(long groupId) {
        Integer slot = slots.remove(groupId);
        if (slot != null && vectors.get(slot) != null) {
            vectors.set(slot, null);
            held--;
        }
    }

    public int size() {
        return held;
    }

    public @Nullable Nearest nearest(float[] vector, double minScore) {
        int n = vectors.size();
        if (held == 0) {
            return null;
        }
        long[] query = signatures.of(vector);
        int[] distances = new int[n];
        int[] histogram = new int[513];
        for (int slot = 0; slot < n; slot++) {
            if (vectors.get(slot) == null) {
                distances[slot] = -1;
                continue;
            }
            int distance = signatures.distance(slot, query);
            distances[slot] = distance;
            histogram[distance]++;
        }
        int cutoff = 512;
        for (int d = 0, sum = 0; d <= 512; d++) {
            sum += histogram[d];
            if (sum >= Math.min(candidates, held)) {
                cutoff = d;
                break;
            }
        }
        Nearest best = null;
        for (int slot = 0; slot < n; slot++) {
            if (distances[slot] >= 0 && distances[slot] <= cutoff) {
                double score = vectors.get(slot).dot(vector);
                if (score >= minScore && (best == null || score > best.score())) {
                    best = new Nearest(groups.get(slot), score);
                }
            }
        }
        return best;
    }
}
