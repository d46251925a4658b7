package org.gongshang.deliberation.engine;

import java.util.stream.IntStream;

/*
 * Agree, disagree and seen (passes included) counts per statement and per group, from the raw
 * votes: votes on moderated-out statements are counted too, callers skip those statements where
 * they must not count. Row {@code groups} holds everyone's votes (clustered or not).
 */
final class VoteTally {

    final int groups;
    final int statements;
    /* Index [group * statements + column]; group {@code groups} is everyone. */
    final int[] agrees;
    final int[] disagrees;
    final int[] seen;

    /* Counts in parallel over the given row chunks when asked; integer sums come out the same in any order. */
    VoteTally(VoteMatrix matrix, int[] groupOfRow, int groups, int[] chunkStart, boolean parallel) {
        this.groups = groups;
        this.statements = matrix.statementCount();
        int size = (groups + 1) * statements;
        int parts = chunkStart.length - 1;
        int[][] partAgrees = new int[parts][];
        int[][] partDisagrees = new int[parts][];
        int[][] partSeen = new int[parts][];
        int[] rowStart = matrix.rowStart();
        int[] columns = matrix.columns();
        byte[] votes = matrix.votes();
        int everyone = groups * statements;
        IntStream range = IntStream.range(0, parts);
        (parallel ? range.parallel() : range).forEach(part -> {
            int[] a = new int[size];
            int[] d = new int[size];
            int[] s = new int[size];
            for (int i = chunkStart[part]; i < chunkStart[part + 1]; i++) {
                int group = groupOfRow[i];
                for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                    count(a, d, s, everyone + columns[k], votes[k]);
                    if (group >= 0) {
                        count(a, d, s, group * statements + columns[k], votes[k]);
                    }
                }
            }
            partAgrees[part] = a;
            partDisagrees[part] = d;
            partSeen[part] = s;
        });
        agrees = sum(partAgrees, size);
        disagrees = sum(partDisagrees, size);
        seen = sum(partSeen, size);
    }

    VoteTally(VoteMatrix matrix, int[] groupOfRow, int groups) {
        this(matrix, groupOfRow, groups, new int[] {0, matrix.participantCount()}, false);
    }

    private static int[] sum(int[][] parts, int size) {
        int[] total = new int[size];
        for (int[] part : parts) {
            for (int i = 0; i < size; i++) {
                total[i] += part[i];
            }
        }
        return total;
    }

    private static void count(int[] agrees, int[] disagrees, int[] seen, int at, byte vote) {
        seen[at]++;
        if (vote == VoteMatrix.AGREE) {
            agrees[at]++;
        } else if (vote == VoteMatrix.DISAGREE) {
            disagrees[at]++;
        }
    }

    int agrees(int group, int column) {
        return agrees[group * statements + column];
    }

    int disagrees(int group, int column) {
        return disagrees[group * statements + column];
    }

    int seen(int group, int column) {
        return seen[group * statements + column];
    }

    int everyone() {
        return groups;
    }

    /* Sum over all groups, i.e. every clustered participant. */
    int clusteredAgrees(int column) {
        int sum = 0;
        for (int g = 0; g < groups; g++) {
            sum += agrees(g, column);
        }
        return sum;
    }

    int clusteredDisagrees(int column) {
        int sum = 0;
        for (int g = 0; g < groups; g++) {
            sum += disagrees(g, column);
        }
        return sum;
    }

    int clusteredSeen(int column) {
        int sum = 0;
        for (int g = 0; g < groups; g++) {
            sum += seen(g, column);
        }
        return sum;
    }
}
