package org.gongshang.bench.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;

import org.gongshang.deliberation.engine.AdjustedRandIndex;
import org.gongshang.deliberation.engine.Analysis;
import org.gongshang.deliberation.engine.ConsensusEngine;
import org.gongshang.deliberation.engine.EngineSettings;
import org.gongshang.deliberation.engine.EngineState;
import org.gongshang.deliberation.engine.OpinionGroup;
import org.gongshang.deliberation.engine.VoteMatrix;

/**
 * Times full recomputes of the consensus engine on synthetic deliberations of four sizes. Run with
 * bench/engine/run.sh; never part of the unit tests. Arguments: size names (small, medium, large,
 * huge), default all that fit the heap.
 */
public final class EngineBenchmark {

    record Size(String name, int participants, int statements, long votes) {
    }

    static final List<Size> SIZES = List.of(
            new Size("small", 2_000, 900, 226_000),
            new Size("medium", 8_000, 8_000, 1_000_000),
            new Size("large", 100_000, 2_000, 10_000_000),
            new Size("huge", 1_000_000, 1_000, 20_000_000));

    private EngineBenchmark() {
    }

    public static void main(String[] args) {
        List<String> wanted = args.length == 0 ? List.of("small", "medium", "large") : Arrays.asList(args);
        System.out.printf("java %s, %d cores, max heap %d MB, load average %.1f (other processes share the cores)%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        warmUpJit();
        for (Size size : SIZES) {
            if (wanted.contains(size.name())) {
                run(size);
            }
        }
    }

    private static void warmUpJit() {
        VoteMatrix votes = new SyntheticVotes(2_000, 300, 60_000, 3, 7).build();
        ConsensusEngine engine = new ConsensusEngine();
        EngineState state = EngineState.initial();
        for (int i = 0; i < 15; i++) {
            state = engine.analyze(votes, i % 3 == 0 ? EngineState.initial() : state).state();
        }
    }

    private static void run(Size size) {
        SyntheticVotes synthetic = new SyntheticVotes(size.participants(), size.statements(), size.votes(), 3, 42);
        resetPeaks();
        long buildStart = System.nanoTime();
        VoteMatrix votes = synthetic.build();
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
        long buildPeak = peakHeap();
        System.gc();
        long retained = usedHeap();
        ConsensusEngine engine = new ConsensusEngine();

        resetPeaks();
        long start = System.nanoTime();
        Analysis cold = engine.analyze(votes, EngineState.initial());
        double firstMillis = (System.nanoTime() - start) / 1e6;
        long coldPeak = peakHeap();
        // Cold starts again (no previous state), now that this size's code paths are compiled and the heap touched.
        double[] coldMillis = new double[3];
        for (int i = 0; i < coldMillis.length; i++) {
            long coldStart = System.nanoTime();
            cold = engine.analyze(votes, EngineState.initial());
            coldMillis[i] = (System.nanoTime() - coldStart) / 1e6;
        }
        Arrays.sort(coldMillis);

        // An update: the same deliberation with more votes (0.5 %), from the previous state.
        VoteMatrix more = synthetic.addTo(synthetic.addTo(VoteMatrix.builder(), 0, size.participants(), size.votes(), 0),
                0, Math.max(1, size.participants() / 20), size.votes() / 200, 1).build();
        double[] warmMillis = new double[3];
        Analysis warm = cold;
        resetPeaks();
        for (int i = 0; i < warmMillis.length; i++) {
            long warmStart = System.nanoTime();
            warm = engine.analyze(i % 2 == 0 ? more : votes, warm.state());
            warmMillis[i] = (System.nanoTime() - warmStart) / 1e6;
        }
        long warmPeak = peakHeap();
        Arrays.sort(warmMillis);

        // CPU time of a sequential cold run: hardly affected by other processes on the machine.
        ConsensusEngine sequential = new ConsensusEngine(EngineSettings.defaults().withParallel(false));
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long sequentialStart = System.nanoTime();
        sequential.analyze(votes, EngineState.initial());
        double sequentialMillis = (System.nanoTime() - sequentialStart) / 1e6;
        double cpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e6;

        // Worst case for the power iteration: no early stop, every update runs to the iteration cap.
        ConsensusEngine capped = new ConsensusEngine(EngineSettings.defaults().withPcaTolerance(0));
        long cappedStart = System.nanoTime();
        Analysis uncapped = capped.analyze(votes, EngineState.initial());
        double cappedMillis = (System.nanoTime() - cappedStart) / 1e6;

        System.out.printf("%-6s %,9d participants × %,6d statements, %,11d votes%n", size.name(),
                votes.participantCount(), votes.statementCount(), votes.voteCount());
        System.out.printf("       vote matrix built in %.1f s, %,d MB live, peak heap while building %,d MB%n",
                buildSeconds, retained >> 20, buildPeak >> 20);
        System.out.printf("       first %,7.0f ms (cold start, first run of this size in the JVM), peak heap %,d MB"
                + " (live data and uncollected garbage)%n", firstMillis, coldPeak >> 20);
        System.out.printf("       cold %,8.0f ms median of 3 (PCA %d iterations)%n", coldMillis[1],
                cold.components().iterations());
        System.out.printf("       warm %,8.0f ms median of 3 (PCA %d iterations), peak heap %,d MB%n", warmMillis[1],
                warm.components().iterations(), warmPeak >> 20);
        System.out.printf("       cold %,8.0f ms CPU time on one thread (parallel=false; %,.0f ms wall clock)%n", cpuMillis,
                sequentialMillis);
        System.out.printf("       cold %,8.0f ms with the PCA forced to its cap of %d iterations%n", cappedMillis,
                uncapped.components().iterations());
        System.out.printf("       groups %d (planted 3), clustered %,d, ARI vs planted %.3f%n", cold.groups().size(),
                cold.participantsClustered(), agreement(cold, synthetic));
    }

    private static double agreement(Analysis analysis, SyntheticVotes synthetic) {
        int n = analysis.participantsClustered();
        int[] found = new int[n];
        int[] planted = new int[n];
        int at = 0;
        for (OpinionGroup group : analysis.groups()) {
            for (long id : group.participantIds()) {
                found[at] = group.id();
                planted[at++] = synthetic.groupOf(id);
            }
        }
        return AdjustedRandIndex.of(found, planted);
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
