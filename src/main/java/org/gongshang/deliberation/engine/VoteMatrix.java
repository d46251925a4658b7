package org.gongshang.deliberation.engine;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * The latest vote of every participant on every statement of one deliberation, as compressed
 * sparse rows: rows are participants sorted by id, columns statements sorted by id, and each cell
 * holds +1 (agree), -1 (disagree) or 0 (pass). A missing cell means "never voted". Statements that
 * were moderated out keep their votes here; the engine decides what they still count for.
 * Immutable. Build one with {@link #builder()}.
 */
public final class VoteMatrix {

    public static final byte AGREE = 1;
    public static final byte DISAGREE = -1;
    public static final byte PASS = 0;

    private final long[] participantIds;
    private final long[] statementIds;
    private final boolean[] moderatedOut;
    private final int[] rowStart;
    private final int[] columns;
    private final byte[] votes;

    VoteMatrix(long[] participantIds, long[] statementIds, boolean[] moderatedOut, int[] rowStart, int[] columns,
            byte[] votes) {
        this.participantIds = participantIds;
        this.statementIds = statementIds;
        this.moderatedOut = moderatedOut;
        this.rowStart = rowStart;
        this.columns = columns;
        this.votes = votes;
    }

    public static VoteMatrixBuilder builder() {
        return new VoteMatrixBuilder();
    }

    public int participantCount() {
        return participantIds.length;
    }

    public int statementCount() {
        return statementIds.length;
    }

    public int voteCount() {
        return votes.length;
    }

    public long participantId(int row) {
        return participantIds[row];
    }

    public long statementId(int column) {
        return statementIds[column];
    }

    /** The row of a participant, or a negative number when they never voted. */
    public int rowOf(long participantId) {
        return Arrays.binarySearch(participantIds, participantId);
    }

    /** The column of a statement, or a negative number when it is unknown. */
    public int columnOf(long statementId) {
        return Arrays.binarySearch(statementIds, statementId);
    }

    public boolean isModeratedOut(int column) {
        return moderatedOut[column];
    }

    /** The vote in a cell, or {@code null} when the participant did not vote on the statement. */
    public @Nullable Byte vote(int row, int column) {
        int at = Arrays.binarySearch(columns, rowStart[row], rowStart[row + 1], column);
        return at >= 0 ? votes[at] : null;
    }

    long[] participantIds() {
        return participantIds;
    }

    long[] statementIds() {
        return statementIds;
    }

    int[] rowStart() {
        return rowStart;
    }

    int[] columns() {
        return columns;
    }

    byte[] votes() {
        return votes;
    }
}
