package org.gongshang.deliberation.polis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.deliberation.engine.AdjustedRandIndex;
import org.gongshang.deliberation.engine.Analysis;
import org.gongshang.deliberation.engine.ConsensusEngine;
import org.gongshang.deliberation.engine.EngineState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/*
 * Compares the engine's opinion groups with the groups Pol.is itself computed for four real
 * conversations (participants-votes.csv, column group-id), over the participants Pol.is grouped.
 */
class PolisComparisonTests {

    private final ConsensusEngine engine = new ConsensusEngine();

    @ParameterizedTest
    @ValueSource(strings = {"brexit-consensus", "scoop-hivemind.biodiversity"})
    void groupsAgreeWithPolisOnTheClearlySplitConversations(String name) throws IOException {
        assertThat(adjustedRandIndex(name)).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void reportsAgreementWithPolisOnAllFourConversations() throws IOException {
        for (String name : PolisSamples.NAMES) {
            Analysis analysis = engine.analyze(PolisSamples.export(name).toVoteMatrix(), EngineState.initial());
            System.out.printf("ARI vs Pol.is %-30s %.3f  (groups %d, Pol.is groups %d, clustered %d, PCA iterations %d, silhouettes %s)%n",
                    name, adjustedRandIndex(name), analysis.groups().size(), polisGroupCount(name),
                    analysis.participantsClustered(), analysis.components().iterations(), analysis.groupCount().silhouettes());
        }
        assertThat(PolisSamples.NAMES).hasSize(4);
    }

    private double adjustedRandIndex(String name) throws IOException {
        Analysis analysis = engine.analyze(PolisSamples.export(name).toVoteMatrix(), EngineState.initial());
        List<Integer> ours = new ArrayList<>();
        List<Integer> theirs = new ArrayList<>();
        for (PolisParticipant participant : PolisSamples.participants(name)) {
            if (participant.groupId() != null) {
                ours.add(analysis.groupOf(participant.id()));
                theirs.add(participant.groupId());
            }
        }
        return AdjustedRandIndex.of(ours.stream().mapToInt(Integer::intValue).toArray(),
                theirs.stream().mapToInt(Integer::intValue).toArray());
    }

    private int polisGroupCount(String name) throws IOException {
        return (int) PolisSamples.participants(name).stream().map(PolisParticipant::groupId)
                .filter(java.util.Objects::nonNull).distinct().count();
    }
}
