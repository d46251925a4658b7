package org.gongshang.deliberation.engine;

import java.util.stream.IntStream;

/*
 * The mean-filled, centred vote matrix X_c, kept sparse: a missing vote filled with its column
 * mean centres to exactly 0, so only cast votes are stored ({@code v − μ}). Moderated-out columns
 * are 0 everywhere and contribute nothing. Also splits the rows into a fixed number of chunks,
 * chosen from the data size alone, so parallel sums add up in the same order on any machine.
 */
final class CentredVotes {

    private static final int VOTES_PER_CHUNK = 65_536;
    private static final int MAX_CHUNKS = 64;

    final int rows;
    final int columns;
    final int activeColumns;
    final boolean[] active;
    final int[] rowStart;
    final int[] columnOf;
    final float[] values;
    final double[] means;
    /* Votes on active statements, per row: the denominator of the projection scale. */
    final int[] activeVotes;
    final int[] chunkStart;
    /* Whether passes over the votes use the common fork-join pool: asked for, and worth it. */
    final boolean parallel;

    CentredVotes(VoteMatrix matrix, int parallelFromVotes) {
        parallel = matrix.voteCount() >= parallelFromVotes;
        rows = matrix.participantCount();
        columns = matrix.statementCount();
        rowStart = matrix.rowStart();
        columnOf = matrix.columns();
        byte[] votes = matrix.votes();
        active = new boolean[columns];
        int activeCount = 0;
        for (int j = 0; j < columns; j++) {
            active[j] = !matrix.isModeratedOut(j);
            activeCount += active[j] ? 1 : 0;
        }
        activeColumns = activeCount;

        chunkStart = chunks(rowStart, rows, votes.length);
        long[][] sums = new long[chunkCount()][columns];
        int[][] counts = new int[chunkCount()][columns];
        chunks(parallel).forEach(chunk -> {
            for (int k = rowStart[chunkStart[chunk]]; k < rowStart[chunkStart[chunk + 1]]; k++) {
                sums[chunk][columnOf[k]] += votes[k];
                counts[chunk][columnOf[k]]++;
            }
        });
        means = new double[columns];
        for (int j = 0; j < columns; j++) {
            long sum = 0;
            long count = 0;
            for (int chunk = 0; chunk < chunkCount(); chunk++) {
                sum += sums[chunk][j];
                count += counts[chunk][j];
            }
            means[j] = active[j] && count > 0 ? (double) sum / count : 0;
        }
        values = new float[votes.length];
        activeVotes = new int[rows];
        chunks(parallel).forEach(chunk -> {
            for (int i = chunkStart[chunk]; i < chunkStart[chunk + 1]; i++) {
                for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                    int j = columnOf[k];
                    if (active[j]) {
                        values[k] = (float) (votes[k] - means[j]);
                        activeVotes[i]++;
                    }
                }
            }
        });
    }

    /* The chunk numbers, in parallel or not. */
    IntStream chunks(boolean parallel) {
        IntStream range = IntStream.range(0, chunkCount());
        return parallel ? range.parallel() : range;
    }

    int chunkCount() {
        return chunkStart.length - 1;
    }

    private static int[] chunks(int[] rowStart, int rows, int votes) {
        int wanted = Math.max(1, Math.min(MAX_CHUNKS, votes / VOTES_PER_CHUNK));
        int[] start = new int[wanted + 1];
        int chunk = 1;
        for (int i = 0; i < rows && chunk < wanted; i++) {
            if (rowStart[i] >= (long) votes * chunk / wanted) {
                start[chunk++] = i;
            }
        }
        while (chunk <= wanted) {
            start[chunk++] = rows;
        }
        return start;
    }
}
