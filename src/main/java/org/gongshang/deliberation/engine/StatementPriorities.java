package org.gongshang.deliberation.engine;

import java.io.Serializable;
import java.util.Arrays;
import java.util.OptionalLong;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * How strongly each statement should be shown next (Pol.is 1.11), from the current analysis:
 * importance = (1 − (P+1)/(S+2)) · (E+1) · (A+1)/(S+2) rewards statements people take a side on,
 * agree with and that load on the opinion axes; novelty 1 + 8·2^(−S/5) lets new statements rise;
 * priority = (importance · novelty)². Moderated-out statements get 0 and are never drawn.
 * Immutable; statements are kept in id order so that a draw depends only on the random numbers.
 */
public final class StatementPriorities implements Serializable {

    /** The priority of a statement nobody has seen yet: importance 1/4, novelty 9. */
    public static final double NEW_STATEMENT = priority(0, 0, 0, 0);

    private final long[] statementIds;
    private final double[] priorities;

    StatementPriorities(long[] statementIds, double[] priorities) {
        this.statementIds = statementIds;
        this.priorities = priorities;
    }

    public static StatementPriorities of(long[] statementIds, double[] priorities) {
        long[] ids = statementIds.clone();
        double[] values = new double[ids.length];
        Integer[] order = new Integer[ids.length];
        for (int i = 0; i < ids.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(statementIds[a], statementIds[b]));
        for (int i = 0; i < ids.length; i++) {
            ids[i] = statementIds[order[i]];
            values[i] = priorities[order[i]];
        }
        return new StatementPriorities(ids, values);
    }

    static double importance(int agrees, int passes, int seen, double extremity) {
        double engagement = 1 - (passes + 1.0) / (seen + 2.0);
        return engagement * (extremity + 1) * (agrees + 1.0) / (seen + 2.0);
    }

    static double priority(int agrees, int passes, int seen, double extremity) {
        double novelty = 1 + 8 * Math.pow(2, -seen / 5.0);
        double value = importance(agrees, passes, seen, extremity) * novelty;
        return value * value;
    }

    public int size() {
        return statementIds.length;
    }

    public long statementId(int index) {
        return statementIds[index];
    }

    public double priority(int index) {
        return priorities[index];
    }

    /** The statement's priority; {@link #NEW_STATEMENT} for one added since this analysis. */
    public double priorityOf(long statementId) {
        int at = Arrays.binarySearch(statementIds, statementId);
        return at >= 0 ? priorities[at] : NEW_STATEMENT;
    }

    /**
     * Draws the next statement for a participant with probability ∝ priority among the statements
     * they have not voted on; empty when none is left. One random number per draw.
     */
    public static OptionalLong nextStatement(StatementPriorities priorities, Set<Long> alreadyVoted,
            RandomGenerator random) {
        double total = 0;
        for (int i = 0; i < priorities.statementIds.length; i++) {
            if (priorities.priorities[i] > 0 && !alreadyVoted.contains(priorities.statementIds[i])) {
                total += priorities.priorities[i];
            }
        }
        if (!(total > 0)) {
            return OptionalLong.empty();
        }
        double target = random.nextDouble() * total;
        double running = 0;
        long last = -1;
        for (int i = 0; i < priorities.statementIds.length; i++) {
            if (priorities.priorities[i] > 0 && !alreadyVoted.contains(priorities.statementIds[i])) {
                running += priorities.priorities[i];
                last = priorities.statementIds[i];
                if (running > target) {
                    return OptionalLong.of(last);
                }
            }
        }
        return OptionalLong.of(last);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatementPriorities that && Arrays.equals(statementIds, that.statementIds)
                && Arrays.equals(priorities, that.priorities);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(statementIds) + Arrays.hashCode(priorities);
    }

    @Override
    public String toString() {
        return "StatementPriorities" + Arrays.toString(statementIds) + Arrays.toString(priorities);
    }
}
