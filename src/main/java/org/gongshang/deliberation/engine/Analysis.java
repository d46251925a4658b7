package org.gongshang.deliberation.engine;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One update's result: where participants stand, the opinion groups, what represents each group,
 * what a majority and what every group agrees with, and how to pick the next statement to show.
 * Hand {@link #state()} to the next update.
 *
 * @param participants participants with at least one vote
 * @param statements statements, moderated-out ones included
 * @param votes latest votes
 * @param participantsClustered participants placed in groups
 * @param positions every participant's place on the opinion map
 * @param components the opinion axes
 * @param baseClusters base clusters, by position in the list (see {@link BaseCluster#id()} for ids)
 * @param groups opinion groups, ascending by id
 * @param representative representative statements by group id
 * @param majority statements most participants agree or disagree with
 * @param consensus group-aware consensus ranking and the common-ground list (最大公约数)
 * @param priorities priority of each statement for choosing what to show next
 * @param groupCount the k chosen: best k by silhouette and the shown k after smoothing
 * @param state what the next update needs
 */
public record Analysis(int participants, int statements, int votes, int participantsClustered, Positions positions,
        Components components, List<BaseCluster> baseClusters, List<OpinionGroup> groups,
        Map<Integer, List<RepresentativeStatement>> representative, Majority majority, GroupAwareConsensus consensus,
        StatementPriorities priorities, GroupCount groupCount, EngineState state) implements Serializable {

    /**
     * How the number of groups was chosen.
     *
     * @param best the k with the highest silhouette in this update
     * @param shown the k shown after the k-smoother
     * @param silhouettes silhouette per k tried
     */
    public record GroupCount(int best, int shown, Map<Integer, Double> silhouettes) implements Serializable {
    }

    /** The group a participant belongs to, or -1 when not clustered. */
    public int groupOf(long participantId) {
        for (OpinionGroup group : groups) {
            if (java.util.Arrays.binarySearch(group.participantIds(), participantId) >= 0) {
                return group.id();
            }
        }
        return -1;
    }
}
