package org.gongshang.deliberation.polis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.gongshang.deliberation.engine.AdjustedRandIndex;
import org.gongshang.deliberation.engine.Analysis;
import org.gongshang.deliberation.engine.ConsensusEngine;
import org.gongshang.deliberation.engine.EngineState;
import org.gongshang.deliberation.engine.VoteMatrix;
import org.gongshang.deliberation.engine.VoteMatrixBuilder;
import org.junit.jupiter.api.Test;

/**
 * Replays the real conversations in time order, 30 updates each, carrying the engine state from
 * one update to the next as a live deliberation would.
 */
class PolisReplayTests {

    private static final int UPDATES = 30;

    private record Replay(List<Analysis> updates) {

        Analysis last() {
            return updates.get(updates.size() - 1);
        }
    }

    private static Replay replay(String name) throws IOException {
        PolisExport export = PolisSamples.export(name);
        List<PolisVote> votes = new ArrayList<>(export.votes());
        votes.sort(Comparator.comparingLong(PolisVote::timestamp));
        ConsensusEngine engine = new ConsensusEngine();
        EngineState state = EngineState.initial();
        List<Analysis> updates = new ArrayList<>();
        for (int update = 1; update <= UPDATES; update++) {
            VoteMatrixBuilder builder = VoteMatrix.builder();
            export.statements().forEach(s -> builder.statement(s.id(), s.isModeratedOut()));
            votes.subList(0, votes.size() * update / UPDATES)
                    .forEach(v -> builder.vote(v.participantId(), v.statementId(), v.vote()));
            Analysis analysis = engine.analyze(builder.build(), state);
            updates.add(analysis);
            state = analysis.state();
        }
        return new Replay(updates);
    }

    @Test
    void theShownGroupCountChangesOnlyAfterFourUpdatesAgreeOnIt() throws IOException {
        for (String name : PolisSamples.NAMES) {
            List<Analysis> updates = replay(name).updates();
            for (int t = 1; t < updates.size(); t++) {
                int shown = updates.get(t).groupCount().shown();
                if (shown != updates.get(t - 1).groupCount().shown() && updates.get(t - 1).groups().size() > 1) {
                    assertThat(t).as(name).isGreaterThanOrEqualTo(3);
                    for (int back = t - 3; back <= t; back++) {
                        assertThat(updates.get(back).groupCount().best()).as(name + " update " + back).isEqualTo(shown);
                    }
                }
            }
        }
    }

    @Test
    void reportsAgreementWithPolisAfterTheReplay() throws IOException {
        for (String name : PolisSamples.NAMES) {
            Replay replay = replay(name);
            List<Integer> ours = new ArrayList<>();
            List<Integer> theirs = new ArrayList<>();
            for (PolisParticipant participant : PolisSamples.participants(name)) {
                if (participant.groupId() != null) {
                    ours.add(replay.last().groupOf(participant.id()));
                    theirs.add(participant.groupId());
                }
            }
            StringBuilder counts = new StringBuilder();
            replay.updates().forEach(a -> counts.append(a.groupCount().best()).append('/')
                    .append(a.groupCount().shown()).append(' '));
            System.out.printf("replayed %-30s ARI vs Pol.is %.3f  best/shown k per update: %s%n", name,
                    AdjustedRandIndex.of(ours.stream().mapToInt(Integer::intValue).toArray(),
                            theirs.stream().mapToInt(Integer::intValue).toArray()), counts);
            assertThat(replay.last().participantsClustered()).isPositive();
        }
    }
}
