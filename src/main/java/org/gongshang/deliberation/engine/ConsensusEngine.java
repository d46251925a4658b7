package org.gongshang.deliberation.engine;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The consensus engine (Pol.is-compatible): votes and the previous update's state in, an
 * {@link Analysis} out. Pure function of its inputs: the same votes and state always give the same
 * analysis (seeded randomness, id order everywhere, fixed-order parallel sums). Thread-safe; one
 * instance can serve every deliberation.
 */
public final class ConsensusEngine {

    private final EngineSettings settings;

    public ConsensusEngine(EngineSettings settings) {
        this.settings = settings;
    }

    public ConsensusEngine() {
        this(EngineSettings.defaults());
    }

    public EngineSettings settings() {
        return settings;
    }

    public Analysis analyze(VoteMatrix votes, EngineState previous) {
        CentredVotes centred = new CentredVotes(votes, settings.parallelFromVotes());
        OpinionMap map = OpinionMap.of(votes, centred, previous, settings);

        int[] clusteredRows = inConv(votes, previous);
        double[] x = new double[clusteredRows.length];
        double[] y = new double[clusteredRows.length];
        for (int p = 0; p < clusteredRows.length; p++) {
            x[p] = map.positions.x()[clusteredRows[p]];
            y[p] = map.positions.y()[clusteredRows[p]];
        }
        BaseClustering base = BaseClustering.of(votes.participantIds(), clusteredRows, x, y, previous, settings);
        GroupClustering grouping = GroupClustering.of(base.clusters, previous, settings);

        int[] groupOfRow = new int[votes.participantCount()];
        Arrays.fill(groupOfRow, -1);
        for (int p = 0; p < clusteredRows.length; p++) {
            groupOfRow[clusteredRows[p]] = grouping.groupOfBase[base.clusterOfPoint[p]];
        }
        // A few large parts: each keeps its own counts, (groups + 1) × statements of them.
        int[] parts = centred.chunkCount() <= 8 ? centred.chunkStart
                : new int[] {0, centred.chunkStart[centred.chunkCount() / 2], votes.participantCount()};
        VoteTally tally = new VoteTally(votes, groupOfRow, grouping.groups.size(), parts, centred.parallel);
        Map<Integer, List<RepresentativeStatement>> representative = new LinkedHashMap<>();
        List<List<RepresentativeStatement>> perGroup = RepresentativeStatements.select(votes, tally, settings);
        for (int g = 0; g < grouping.groups.size(); g++) {
            representative.put(grouping.groups.get(g).id(), perGroup.get(g));
        }

        long[] clusteredIds = new long[clusteredRows.length];
        for (int p = 0; p < clusteredRows.length; p++) {
            clusteredIds[p] = votes.participantId(clusteredRows[p]);
        }
        Components components = map.components;
        EngineState next = new EngineState(clusteredIds, components.statementIds(), components.component1(),
                components.component2(), base.clusters, base.nextId, grouping.centres, grouping.smoother,
                grouping.groups);
        return new Analysis(votes.participantCount(), votes.statementCount(), votes.voteCount(),
                clusteredRows.length, map.positions, components, base.clusters, grouping.groups,
                representative, Majority.of(votes, tally, settings), GroupAwareConsensus.of(votes, tally, settings),
                priorities(votes, tally, components), new Analysis.GroupCount(grouping.bestK, grouping.groups.size(),
                        grouping.silhouettes),
                next);
    }

    /**
     * Rows of participants who have voted on at least min(threshold, statements) statements —
     * passes and votes on moderated-out statements count — or were clustered before (monotone).
     */
    int[] inConv(VoteMatrix votes, EngineState previous) {
        int threshold = Math.min(settings.inConvMinimumVotes(), votes.statementCount());
        int[] rowStart = votes.rowStart();
        long[] before = previous.inConv();
        int[] result = new int[votes.participantCount()];
        int count = 0;
        for (int i = 0; i < votes.participantCount(); i++) {
            int cast = rowStart[i + 1] - rowStart[i];
            if ((cast >= threshold && cast > 0) || Arrays.binarySearch(before, votes.participantId(i)) >= 0) {
                result[count++] = i;
            }
        }
        return Arrays.copyOf(result, count);
    }

    /** Priorities from this update's counts (not the previous update's, Pol.is quirk Q2). */
    private static StatementPriorities priorities(VoteMatrix votes, VoteTally tally, Components components) {
        int n = votes.statementCount();
        double[] values = new double[n];
        int everyone = tally.everyone();
        for (int j = 0; j < n; j++) {
            if (votes.isModeratedOut(j)) {
                continue;
            }
            int agrees = tally.agrees(everyone, j);
            int seen = tally.seen(everyone, j);
            int passes = seen - agrees - tally.disagrees(everyone, j);
            values[j] = StatementPriorities.priority(agrees, passes, seen, components.extremity()[j]);
        }
        return new StatementPriorities(votes.statementIds(), values);
    }
}
