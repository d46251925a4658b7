package org.gongshang.deliberation.engine;

import java.io.Serializable;

/**
 * A statement's group-aware consensus: how likely every opinion group is to agree with it.
 *
 * @param statementId the statement
 * @param score Pol.is's product over groups of (A_g + 1) / (S_g + 2)
 * @param geometricMean the product's groups-th root, comparable across deliberations with different group counts
 * @param lowestGroupShare the smallest factor (A_g + 1) / (S_g + 2) over the groups
 * @param fewestGroupVotes the smallest S_g over the groups
 */
public record ConsensusStatement(long statementId, double score, double geometricMean, double lowestGroupShare,
        int fewestGroupVotes) implements Serializable {
}
