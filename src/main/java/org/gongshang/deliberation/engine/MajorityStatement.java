package org.gongshang.deliberation.engine;

import java.io.Serializable;

/**
 * A statement a clear majority of all participants agrees (or disagrees) with.
 *
 * @param statementId the statement
 * @param direction agree or disagree
 * @param votes votes in that direction
 * @param seen all votes on it, passes included
 * @param share smoothed share (votes + 1) / (seen + 2)
 * @param shareTest z-score of the share against one half
 */
public record MajorityStatement(long statementId, Direction direction, int votes, int seen, double share,
        double shareTest) implements Serializable {
}
