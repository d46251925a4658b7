package org.gongshang.deliberation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ConsensusEngineTests {

    private final ConsensusEngine engine = new ConsensusEngine();

    @Test
    void twoPlantedCampsBecomeTwoOpinionGroups() {
        Camps camps = Camps.two();
        VoteMatrix votes = camps.votes(1).build();
        Analysis analysis = engine.analyze(votes, EngineState.initial());
        assertThat(analysis.groups()).hasSize(2);
        assertThat(AdjustedRandIndex.of(Camps.found(analysis, votes.participantIds()),
                camps.planted(votes.participantIds()))).isEqualTo(1.0);
    }

    @Test
    void threePlantedCampsBecomeThreeOpinionGroups() {
        Camps camps = new Camps(3, 240, 30, 3, 0.7, 0.1);
        VoteMatrix votes = camps.votes(3).build();
        Analysis analysis = engine.analyze(votes, EngineState.initial());
        assertThat(analysis.groups()).hasSize(3);
        assertThat(AdjustedRandIndex.of(Camps.found(analysis, votes.participantIds()),
                camps.planted(votes.participantIds()))).isGreaterThan(0.95);
    }

    @Test
    void sameVotesGiveAnIdenticalAnalysis() {
        Analysis first = engine.analyze(Camps.two().votes(2).build(), EngineState.initial());
        Analysis second = engine.analyze(Camps.two().votes(2).build(), EngineState.initial());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void theOrderVotesArriveInDoesNotMatter() {
        record Cast(long participant, long statement, int vote) {
        }
        VoteMatrix votes = Camps.two().votes(4).build();
        List<Cast> casts = new ArrayList<>();
        for (int i = 0; i < votes.participantCount(); i++) {
            for (int j = 0; j < votes.statementCount(); j++) {
                Byte vote = votes.vote(i, j);
                if (vote != null) {
                    casts.add(new Cast(votes.participantId(i), votes.statementId(j), vote));
                }
            }
        }
        Collections.shuffle(casts, new Random(9));
        VoteMatrixBuilder shuffled = VoteMatrix.builder();
        casts.forEach(c -> shuffled.vote(c.participant(), c.statement(), c.vote()));
        assertThat(engine.analyze(shuffled.build(), EngineState.initial()))
                .isEqualTo(engine.analyze(votes, EngineState.initial()));
    }

    @Test
    void parallelAndSequentialRunsGiveTheSameAnalysis() {
        VoteMatrix votes = new Camps(3, 3_000, 200, 5, 0.3, 0.15).votes(5).build();
        Analysis parallel = new ConsensusEngine(EngineSettings.defaults().withParallelFromVotes(0))
                .analyze(votes, EngineState.initial());
        Analysis sequential = new ConsensusEngine(EngineSettings.defaults().withParallel(false))
                .analyze(votes, EngineState.initial());
        assertThat(parallel).isEqualTo(sequential);
    }

    @Test
    void statementsEveryoneAgreesWithAreTheCommonGround() {
        Camps camps = Camps.two(); // statements 17, 18, 19 are agreed by both camps
        Analysis analysis = engine.analyze(camps.votes(6).build(), EngineState.initial());
        assertThat(analysis.consensus().commonGround()).extracting(ConsensusStatement::statementId)
                .containsExactlyInAnyOrder(17L, 18L, 19L);
        assertThat(analysis.consensus().ranking().subList(0, 3)).extracting(ConsensusStatement::statementId)
                .containsExactlyInAnyOrder(17L, 18L, 19L);
        assertThat(analysis.majority().agree()).extracting(MajorityStatement::statementId).contains(17L, 18L, 19L);
    }

    @Test
    void eachGroupIsRepresentedByWhatItAgreesWithAndTheOtherDoesNot() {
        Camps camps = Camps.two();
        VoteMatrix votes = camps.votes(7).build();
        Analysis analysis = engine.analyze(votes, EngineState.initial());
        for (OpinionGroup group : analysis.groups()) {
            int camp = camps.campOf(group.participantIds()[0]);
            for (RepresentativeStatement statement : analysis.representative().get(group.id())) {
                int stance = camps.stance(camp, (int) statement.statementId());
                assertThat(statement.direction()).isEqualTo(stance > 0 ? Direction.AGREE : Direction.DISAGREE);
            }
            assertThat(analysis.representative().get(group.id())).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        }
    }

    @Test
    void noVotesGiveAnEmptyAnalysis() {
        Analysis analysis = engine.analyze(VoteMatrix.builder().build(), EngineState.initial());
        assertThat(analysis.groups()).isEmpty();
        assertThat(analysis.participantsClustered()).isZero();
    }

    @Test
    void aSingleParticipantMakesAtMostOneGroup() {
        VoteMatrixBuilder builder = VoteMatrix.builder();
        for (int s = 0; s < 10; s++) {
            builder.vote(1, s, s % 2 == 0 ? 1 : -1);
        }
        Analysis analysis = engine.analyze(builder.build(), EngineState.initial());
        assertThat(analysis.groups()).hasSize(1);
        assertThat(analysis.groups().get(0).participantIds()).containsExactly(1L);
        assertThat(analysis.consensus().ranking()).hasSize(10);
    }

    @Test
    void everyoneVotingAlikeMakesOneGroupAtTheCentre() {
        VoteMatrixBuilder builder = VoteMatrix.builder();
        for (int p = 0; p < 30; p++) {
            for (int s = 0; s < 10; s++) {
                builder.vote(p, s, 1);
            }
        }
        Analysis analysis = engine.analyze(builder.build(), EngineState.initial());
        assertThat(analysis.groups()).hasSize(1);
        assertThat(analysis.positions().x()).containsOnly(0.0);
        assertThat(analysis.consensus().commonGround()).hasSize(10);
    }

    @Test
    void rankOneVotesStillSeparateTheCamps() {
        // Two camps, opposite on every statement, everyone votes on everything (Pol.is quirk Q16).
        VoteMatrixBuilder builder = VoteMatrix.builder();
        for (int p = 0; p < 40; p++) {
            for (int s = 0; s < 12; s++) {
                builder.vote(p, s, (p % 2 == 0) == (s % 2 == 0) ? 1 : -1);
            }
        }
        VoteMatrix votes = builder.build();
        Analysis analysis = engine.analyze(votes, EngineState.initial());
        assertThat(analysis.components().component2()).containsOnly(0.0);
        assertThat(analysis.positions().x()[0]).isNotZero().isEqualTo(-analysis.positions().x()[1]);
        assertThat(analysis.groups()).hasSize(2);
        assertThat(AdjustedRandIndex.of(Camps.found(analysis, votes.participantIds()),
                new Camps(2, 40, 12, 0, 1, 0).planted(votes.participantIds()))).isEqualTo(1.0);
    }
}
