package org.gongshang.deliberation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/* What carries from one update to the next: component signs, warm starts, group ids. */
class UpdateTests {

    private final ConsensusEngine engine = new ConsensusEngine();
    private final Camps camps = new Camps(3, 300, 30, 2, 0.5, 0.1);

    private VoteMatrix firstVotes() {
        return camps.addVotes(VoteMatrix.builder(), 1, 0, 200).build();
    }

    /* The same deliberation later: 100 more participants, and more votes from the first ones. */
    private VoteMatrix laterVotes() {
        VoteMatrixBuilder builder = camps.addVotes(VoteMatrix.builder(), 1, 0, 200);
        camps.addVotes(builder, 2, 0, 300);
        return builder.build();
    }

    @Test
    void componentsKeepTheirDirectionFromTheLastUpdate() {
        EngineState before = engine.analyze(firstVotes(), EngineState.initial()).state();
        // Whatever sign the previous update had, the next one follows it: flip the previous state.
        EngineState flipped = new EngineState(before.inConv(), before.componentStatementIds(),
                negate(before.component1()), negate(before.component2()), before.baseClusters(),
                before.nextBaseClusterId(), before.groupCentres(), before.smoother(), before.groups());
        Components cold = engine.analyze(laterVotes(), EngineState.initial()).components();
        Components afterFlip = engine.analyze(laterVotes(), flipped).components();
        Components afterSame = engine.analyze(laterVotes(), before).components();

        assertThat(dot(afterFlip.component1(), flipped.component1())).isPositive();
        assertThat(dot(afterFlip.component2(), flipped.component2())).isPositive();
        assertThat(dot(afterSame.component1(), before.component1())).isPositive();
        assertThat(dot(afterSame.component2(), before.component2())).isPositive();
        assertThat(Math.abs(dot(afterFlip.component1(), cold.component1()))).isCloseTo(1, within(1e-6));
    }

    @Test
    void aWarmStartFindsTheSameComponentsAsAColdStartInFewerIterations() {
        EngineState before = engine.analyze(firstVotes(), EngineState.initial()).state();
        Analysis cold = engine.analyze(laterVotes(), EngineState.initial());
        Analysis warm = engine.analyze(laterVotes(), before);
        assertThat(Math.abs(dot(warm.components().component1(), cold.components().component1())))
                .isCloseTo(1, within(1e-6));
        assertThat(Math.abs(dot(warm.components().component2(), cold.components().component2())))
                .isCloseTo(1, within(1e-6));
        assertThat(warm.components().eigenvalue1())
                .isCloseTo(cold.components().eigenvalue1(), within(1e-6 * cold.components().eigenvalue1()));
        assertThat(warm.components().iterations()).isLessThan(cold.components().iterations());
    }

    @Test
    void aWarmStartFindsTheSameGroupsAsAColdStart() {
        EngineState before = engine.analyze(firstVotes(), EngineState.initial()).state();
        VoteMatrix later = laterVotes();
        Analysis cold = engine.analyze(later, EngineState.initial());
        Analysis warm = engine.analyze(later, before);
        assertThat(AdjustedRandIndex.of(Camps.found(warm, later.participantIds()),
                Camps.found(cold, later.participantIds()))).isEqualTo(1.0);
    }

    @Test
    void groupsKeepTheirIdsAcrossUpdates() {
        Analysis first = engine.analyze(firstVotes(), EngineState.initial());
        Analysis later = engine.analyze(laterVotes(), first.state());
        assertThat(later.groups()).hasSameSizeAs(first.groups());
        for (OpinionGroup group : first.groups()) {
            long stayed = java.util.Arrays.stream(group.participantIds())
                    .filter(participant -> later.groupOf(participant) == group.id())
                    .count();
            // A few members near a boundary may move; the group as a whole keeps its id.
            assertThat((double) stayed / group.size()).isGreaterThan(0.9);
        }
    }

    @Test
    void baseClustersKeepTheirIdsAcrossUpdates() {
        Analysis first = engine.analyze(firstVotes(), EngineState.initial());
        Analysis later = engine.analyze(laterVotes(), first.state());
        assertThat(later.baseClusters()).extracting(BaseCluster::id)
                .containsAll(first.baseClusters().stream().map(BaseCluster::id).toList());
    }

    private static double[] negate(double[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = -values[i];
        }
        return result;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
