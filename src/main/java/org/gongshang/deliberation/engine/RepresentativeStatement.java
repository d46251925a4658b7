package org.gongshang.deliberation.engine;

import java.io.Serializable;

/**
 * A statement that sets an opinion group apart from the rest (Pol.is "repness").
 *
 * @param statementId the statement
 * @param direction whether the group agrees or disagrees with it more than the rest
 * @param votes the group's votes in that direction
 * @param seen the group's votes on it, passes included
 * @param share smoothed share (votes + 1) / (seen + 2)
 * @param shareTest z-score of the share against one half
 * @param repness the share divided by the rest's smoothed share
 * @param repnessTest z-score of the group's share against the rest's
 * @param bestAgree whether it was chosen as the group's best agreed statement
 */
public record RepresentativeStatement(long statementId, Direction direction, int votes, int seen, double share,
        double shareTest, double repness, double repnessTest, boolean bestAgree) implements Serializable {

    /** Pol.is's ranking metric: repness · repness test · share · share test. */
    public double metric() {
        return repness * repnessTest * share * shareTest;
    }
}
