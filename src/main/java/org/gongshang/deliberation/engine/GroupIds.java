package org.gongshang.deliberation.engine;

import java.util.Arrays;
import java.util.List;

/*
 * Gives new groups the ids of the previous groups they overlap most, so "group 1" stays the same
 * people from one update to the next. With at most a handful of groups, every matching is tried.
 * Groups without a predecessor take the smallest free ids, larger groups first.
 */
final class GroupIds {

    private GroupIds() {
    }

    static int[] assign(List<long[]> members, List<OpinionGroup> before) {
        int k = members.size();
        int[] ids = new int[k];
        Arrays.fill(ids, -1);
        int m = before.size();
        if (m > 0) {
            long[][] overlap = new long[k][m];
            for (int g = 0; g < k; g++) {
                for (int h = 0; h < m; h++) {
                    overlap[g][h] = common(members.get(g), before.get(h).participantIds());
                }
            }
            int[] match = new int[k];
            Arrays.fill(match, -1);
            int[] best = match.clone();
            search(overlap, 0, new boolean[m], match, new long[] {-1}, best, 0);
            for (int g = 0; g < k; g++) {
                if (best[g] >= 0) {
                    ids[g] = before.get(best[g]).id();
                }
            }
        }
        Integer[] bySize = new Integer[k];
        for (int g = 0; g < k; g++) {
            bySize[g] = g;
        }
        Arrays.sort(bySize, (a, b) -> members.get(a).length != members.get(b).length
                ? Integer.compare(members.get(b).length, members.get(a).length)
                : Long.compare(first(members.get(a)), first(members.get(b))));
        for (int g : bySize) {
            if (ids[g] < 0) {
                ids[g] = smallestFree(ids);
            }
        }
        return ids;
    }

    /* Depth-first over partial matchings; strictly better totals replace the best, so ties keep the first found. */
    private static void search(long[][] overlap, int g, boolean[] used, int[] match, long[] bestTotal, int[] best,
            long total) {
        if (g == overlap.length) {
            if (total > bestTotal[0]) {
                bestTotal[0] = total;
                System.arraycopy(match, 0, best, 0, match.length);
            }
            return;
        }
        for (int h = 0; h < used.length; h++) {
            if (!used[h]) {
                used[h] = true;
                match[g] = h;
                search(overlap, g + 1, used, match, bestTotal, best, total + overlap[g][h]);
                used[h] = false;
            }
        }
        match[g] = -1;
        search(overlap, g + 1, used, match, bestTotal, best, total);
    }

    private static long common(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        long count = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                count++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return count;
    }

    private static long first(long[] ids) {
        return ids.length == 0 ? Long.MAX_VALUE : ids[0];
    }

    private static int smallestFree(int[] ids) {
        int candidate = 0;
        while (contains(ids, candidate)) {
            candidate++;
        }
        return candidate;
    }

    private static boolean contains(int[] ids, int id) {
        for (int value : ids) {
            if (value == id) {
                return true;
            }
        }
        return false;
    }
}
