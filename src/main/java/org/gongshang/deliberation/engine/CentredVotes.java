package org.gongshang.deliberation.engine;

/**
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
    /** Votes on active statements, per row: the denominator of the projection scale. */
    final int[] activeVotes;
    final int[] chunkStart;

    CentredVotes(VoteMatrix matrix) {
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

        long[] sums = new long[columns];
        int[] counts = new int[columns];
        for (int k = 0; k < votes.length; k++) {
            sums[columnOf[k]] += votes[k];
            counts[columnOf[k]]++;
        }
        means = new double[columns];
        for (int j = 0; j < columns; j++) {
            means[j] = active[j] && counts[j] > 0 ? (double) sums[j] / counts[j] : 0;
        }
        values = new float[votes.length];
        activeVotes = new int[rows];
        for (int i = 0; i < rows; i++) {
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                int j = columnOf[k];
                if (active[j]) {
                    values[k] = (float) (votes[k] - means[j]);
                    activeVotes[i]++;
                }
            }
        }
        chunkStart = chunks(rowStart, rows, votes.length);
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
