package org.gongshang.deliberation.engine;

import java.util.Arrays;

/**
 * Collects votes in any order into a {@link VoteMatrix}. When a participant votes twice on a
 * statement, the vote added last wins, so feed votes in time order. Uses primitive arrays only:
 * twenty million votes take about 9 bytes each while building.
 */
public final class VoteMatrixBuilder {

    private final LongIndex participants = new LongIndex(1024);
    private final LongIndex statements = new LongIndex(256);
    private boolean[] moderatedOut = new boolean[256];
    private int[] rows = new int[1024];
    private int[] columns = new int[1024];
    private byte[] votes = new byte[1024];
    private int size;

    VoteMatrixBuilder() {
    }

    /**
     * Declares a statement, so that it counts in the deliberation's statement count even without
     * votes. A moderated-out (rejected) statement keeps counting towards participation only.
     */
    public VoteMatrixBuilder statement(long statementId, boolean isModeratedOut) {
        int column = statementIndex(statementId);
        moderatedOut[column] = isModeratedOut;
        return this;
    }

    /** Adds a vote: +1 agree, -1 disagree, 0 pass. Replaces an earlier vote on the same cell. */
    public VoteMatrixBuilder vote(long participantId, long statementId, int vote) {
        if (vote < -1 || vote > 1) {
            throw new IllegalArgumentException("A vote is -1, 0 or +1, not " + vote);
        }
        if (size == votes.length) {
            int capacity = size + (size >> 1);
            rows = Arrays.copyOf(rows, capacity);
            columns = Arrays.copyOf(columns, capacity);
            votes = Arrays.copyOf(votes, capacity);
        }
        rows[size] = participants.indexOf(participantId);
        columns[size] = statementIndex(statementId);
        votes[size] = (byte) vote;
        size++;
        return this;
    }

    public VoteMatrix build() {
        long[] participantIds = participants.ids();
        long[] statementIds = statements.ids();
        int[] participantRank = ranks(participantIds);
        int[] statementRank = ranks(statementIds);
        boolean[] sortedModeration = new boolean[statementIds.length];
        for (int i = 0; i < statementIds.length; i++) {
            sortedModeration[statementRank[i]] = moderatedOut[i];
        }
        Arrays.sort(participantIds);
        Arrays.sort(statementIds);

        // Two stable counting sorts (by column, then by row) order the cells by (row, column) and
        // keep the order of arrival among repeated votes on one cell, so the last one can win.
        int[] byColumn = countingOrder(identity(size), columns, statementRank, statementIds.length);
        int[] order = countingOrder(byColumn, rows, participantRank, participantIds.length);

        int[] rowStart = new int[participantIds.length + 1];
        int[] cellColumns = new int[size];
        byte[] cellVotes = new byte[size];
        int cells = 0;
        for (int n = 0; n < size; n++) {
            int at = order[n];
            int row = participantRank[rows[at]];
            int column = statementRank[columns[at]];
            boolean sameAsNext = n + 1 < size && rows[order[n + 1]] == rows[at] && columns[order[n + 1]] == columns[at];
            if (sameAsNext) {
                continue;
            }
            cellColumns[cells] = column;
            cellVotes[cells] = votes[at];
            rowStart[row + 1]++;
            cells++;
        }
        for (int row = 0; row < participantIds.length; row++) {
            rowStart[row + 1] += rowStart[row];
        }
        return new VoteMatrix(participantIds, statementIds, sortedModeration, rowStart,
                Arrays.copyOf(cellColumns, cells), Arrays.copyOf(cellVotes, cells));
    }

    private int statementIndex(long statementId) {
        int column = statements.indexOf(statementId);
        if (column >= moderatedOut.length) {
            moderatedOut = Arrays.copyOf(moderatedOut, moderatedOut.length * 2);
        }
        return column;
    }

    /** For each index, the position its id takes once the ids are sorted. */
    private static int[] ranks(long[] ids) {
        int[] rank = new int[ids.length];
        int[] order = sortedIndexes(ids);
        for (int position = 0; position < order.length; position++) {
            rank[order[position]] = position;
        }
        return rank;
    }

    private static int[] sortedIndexes(long[] ids) {
        long[] sorted = ids.clone();
        Arrays.sort(sorted);
        int[] order = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            order[Arrays.binarySearch(sorted, ids[i])] = i;
        }
        return order;
    }

    private static int[] identity(int n) {
        int[] result = new int[n];
        for (int i = 0; i < n; i++) {
            result[i] = i;
        }
        return result;
    }

    /** Stable counting sort of {@code order} by {@code rank[key[i]]}. */
    private static int[] countingOrder(int[] order, int[] key, int[] rank, int buckets) {
        int[] start = new int[buckets + 1];
        for (int i : order) {
            start[rank[key[i]] + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            start[b + 1] += start[b];
        }
        int[] result = new int[order.length];
        for (int i : order) {
            result[start[rank[key[i]]]++] = i;
        }
        return result;
    }
}
