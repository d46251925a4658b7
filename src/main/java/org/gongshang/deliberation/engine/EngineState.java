package org.gongshang.deliberation.engine;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What one update hands to the next, so that the analysis moves smoothly as votes arrive: who is
 * clustered (once in, always in), the components (warm start and sign), the base clusters and the
 * group centres for each k (warm starts), the k-smoother, and the groups (stable ids). Plain data:
 * a caller may keep it in memory or store it between updates. Start with {@link #initial()}.
 *
 * @param inConv clustered participants, ascending
 * @param componentStatementIds statements of the components, ascending
 * @param component1 first component over those statements
 * @param component2 second component over those statements
 * @param baseClusters the base clusters
 * @param nextBaseClusterId id for the next new base cluster
 * @param groupCentres centres found for each group count
 * @param smoother the k-smoother
 * @param groups the opinion groups shown
 */
public record EngineState(long[] inConv, long[] componentStatementIds, double[] component1, double[] component2,
        List<BaseCluster> baseClusters, int nextBaseClusterId, List<GroupCentres> groupCentres, KSmoother smoother,
        List<OpinionGroup> groups) implements Serializable {

    /**
     * Centres of the opinion groups found for one group count.
     *
     * @param k the group count
     * @param centres x and y of each centre, interleaved
     */
    public record GroupCentres(int k, double[] centres) implements Serializable {

        @Override
        public boolean equals(Object other) {
            return other instanceof GroupCentres that && k == that.k && Arrays.equals(centres, that.centres);
        }

        @Override
        public int hashCode() {
            return 31 * k + Arrays.hashCode(centres);
        }

        @Override
        public String toString() {
            return "GroupCentres[k=" + k + ", centres=" + Arrays.toString(centres) + "]";
        }
    }

    public static EngineState initial() {
        return new EngineState(new long[0], new long[0], new double[0], new double[0], List.of(), 0, List.of(),
                KSmoother.initial(), List.of());
    }

    double @Nullable [] centresFor(int k) {
        return groupCentres.stream().filter(g -> g.k() == k).map(GroupCentres::centres).findFirst().orElse(null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EngineState that && Arrays.equals(inConv, that.inConv)
                && Arrays.equals(componentStatementIds, that.componentStatementIds)
                && Arrays.equals(component1, that.component1) && Arrays.equals(component2, that.component2)
                && baseClusters.equals(that.baseClusters) && nextBaseClusterId == that.nextBaseClusterId
                && groupCentres.equals(that.groupCentres) && smoother.equals(that.smoother)
                && groups.equals(that.groups);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(inConv) * 31 + groups.hashCode();
    }

    @Override
    public String toString() {
        return "EngineState[inConv=" + inConv.length + ", baseClusters=" + baseClusters.size() + ", smoother="
                + smoother + ", groups=" + groups + "]";
    }
}
