package org.gongshang.deliberation.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * Agreement of two partitions of the same items, corrected for chance (Hubert and Arabie 1985):
 * 1 for identical partitions whatever the labels, about 0 for unrelated ones. Used to compare the
 * engine's groups with Pol.is's, and one update's groups with the next.
 */
public final class AdjustedRandIndex {

    private AdjustedRandIndex() {
    }

    /** ARI of two labelings; {@code a[i]} and {@code b[i]} label the same item. */
    public static double of(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("Labelings of " + a.length + " and " + b.length + " items");
        }
        Map<Long, Integer> cells = new HashMap<>();
        Map<Integer, Integer> rows = new HashMap<>();
        Map<Integer, Integer> columns = new HashMap<>();
        for (int i = 0; i < a.length; i++) {
            cells.merge(((long) a[i] << 32) ^ (b[i] & 0xFFFFFFFFL), 1, Integer::sum);
            rows.merge(a[i], 1, Integer::sum);
            columns.merge(b[i], 1, Integer::sum);
        }
        double index = 0;
        for (int n : cells.values()) {
            index += pairs(n);
        }
        double rowPairs = 0;
        for (int n : rows.values()) {
            rowPairs += pairs(n);
        }
        double columnPairs = 0;
        for (int n : columns.values()) {
            columnPairs += pairs(n);
        }
        double expected = a.length < 2 ? 0 : rowPairs * columnPairs / pairs(a.length);
        double maximum = (rowPairs + columnPairs) / 2;
        if (maximum == expected) {
            // Both partitions are trivial (one block, or all singletons): agreement is all or nothing.
            return index == maximum ? 1 : 0;
        }
        return (index - expected) / (maximum - expected);
    }

    private static double pairs(long n) {
        return n * (n - 1) / 2.0;
    }
}
