package org.gongshang.deliberation.engine;

import java.util.Arrays;

/*
 * Open-addressing map from a long id to a dense index, in order of first sight. Boxed maps would
 * cost about 60 bytes per entry, too much with a million participants.
 */
final class LongIndex {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys;
    private int[] values;
    private long[] inOrder;
    private int size;
    private boolean hasEmptyKey;
    private int emptyKeyValue;

    LongIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        Arrays.fill(keys, EMPTY);
        values = new int[capacity];
        inOrder = new long[Math.max(16, expected)];
    }

    int size() {
        return size;
    }

    /* The id's index, adding it when new. */
    int indexOf(long key) {
        if (key == EMPTY) {
            if (!hasEmptyKey) {
                hasEmptyKey = true;
                emptyKeyValue = append(key);
            }
            return emptyKeyValue;
        }
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != EMPTY) {
            if (keys[slot] == key) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        int index = append(key);
        values[slot] = index;
        if (size * 2 > keys.length) {
            grow();
        }
        return index;
    }

    /* Ids by index. */
    long[] ids() {
        return Arrays.copyOf(inOrder, size);
    }

    private int append(long key) {
        if (size == inOrder.length) {
            inOrder = Arrays.copyOf(inOrder, size * 2);
        }
        inOrder[size] = key;
        return size++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new int[keys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = mix(oldKeys[i]) & mask;
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
