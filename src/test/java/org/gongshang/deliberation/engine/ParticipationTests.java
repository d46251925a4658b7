package org.gongshang.deliberation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/* Who is clustered ("in-conv") and how moderation changes what votes count for. */
class ParticipationTests {

    private final ConsensusEngine engine = new ConsensusEngine();

    /* Thirty statements; a background of 30 participants who vote on all; participant 999 on {@code votes}. */
    private static VoteMatrixBuilder withParticipantVotingOn(int statements, int votes, boolean moderateFirst) {
        VoteMatrixBuilder builder = new Camps(2, 30, statements, 0, 1, 0).votes(1);
        builder.statement(0, moderateFirst);
        for (int s = 0; s < votes; s++) {
            builder.vote(999, s, 0);
        }
        return builder;
    }

    private boolean clustered(VoteMatrixBuilder builder) {
        return engine.analyze(builder.build(), EngineState.initial()).groupOf(999) >= 0;
    }

    @Test
    void sevenVotesAreNeededAmongThirtyStatements() {
        assertThat(clustered(withParticipantVotingOn(30, 6, false))).isFalse();
        assertThat(clustered(withParticipantVotingOn(30, 7, false))).isTrue();
    }

    @Test
    void withFiveStatementsFiveVotesAreEnough() {
        assertThat(clustered(withParticipantVotingOn(5, 4, false))).isFalse();
        assertThat(clustered(withParticipantVotingOn(5, 5, false))).isTrue();
    }

    @Test
    void passesAndVotesOnModeratedOutStatementsCountTowardsParticipation() {
        // All seven votes are passes, one of them on a rejected statement.
        assertThat(clustered(withParticipantVotingOn(30, 7, true))).isTrue();
    }

    @Test
    void onceClusteredAlwaysClustered() {
        VoteMatrix votes = withParticipantVotingOn(30, 3, false).build();
        EngineState before = new EngineState(new long[] {999}, new long[0], new double[0], new double[0], List.of(), 0,
                List.of(), KSmoother.initial(), List.of());
        assertThat(engine.analyze(votes, EngineState.initial()).groupOf(999)).isNegative();
        assertThat(engine.analyze(votes, before).groupOf(999)).isNotNegative();
    }

    @Test
    void aModeratedOutStatementCountsForNothingButParticipation() {
        Camps camps = Camps.two();
        VoteMatrix votes = camps.votes(11).statement(4, true).build();
        Analysis analysis = engine.analyze(votes, EngineState.initial());
        int column = votes.columnOf(4);
        assertThat(analysis.components().component1()[column]).isZero();
        assertThat(analysis.components().component2()[column]).isZero();
        assertThat(analysis.priorities().priorityOf(4)).isZero();
        assertThat(analysis.consensus().ranking()).extracting(ConsensusStatement::statementId).doesNotContain(4L);
        assertThat(analysis.majority().agree()).extracting(MajorityStatement::statementId).doesNotContain(4L);
        assertThat(analysis.majority().disagree()).extracting(MajorityStatement::statementId).doesNotContain(4L);
        analysis.representative().values().forEach(list ->
                assertThat(list).extracting(RepresentativeStatement::statementId).doesNotContain(4L));
        assertThat(analysis.participantsClustered()).isEqualTo(analysis.participants());
    }

    @Test
    void lightVotersArePulledToTheCentreLessThanByAPlainProjection() {
        // Camp members 0..59 vote on 80 % of the statements, 60..119 on a quarter.
        Camps camps = new Camps(2, 120, 40, 0, 0.8, 0.05);
        VoteMatrixBuilder builder = camps.addVotes(VoteMatrix.builder(), 1, 0, 60);
        new Camps(2, 120, 40, 0, 0.25, 0.05).addVotes(builder, 2, 60, 120);
        VoteMatrix votes = builder.build();
        Analysis analysis = engine.analyze(votes, EngineState.initial());
        double scaled = meanDistance(analysis, votes, 60, 120, false) / meanDistance(analysis, votes, 0, 60, false);
        double plain = meanDistance(analysis, votes, 60, 120, true) / meanDistance(analysis, votes, 0, 60, true);
        // A plain projection shrinks with the vote count (about 10/32 here); scaled, with its square root.
        assertThat(plain).isLessThan(0.4);
        assertThat(scaled).isGreaterThan(0.5).isGreaterThan(1.5 * plain);
    }

    @Test
    void positionIsTheScaledProjectionOfTheCentredVotes() {
        VoteMatrix votes = Camps.two().votes(12).statement(19, true).build();
        Analysis analysis = engine.analyze(votes, EngineState.initial());
        Components c = analysis.components();
        int row = 5;
        double x = 0;
        int active = 0;
        for (int j = 0; j < votes.statementCount(); j++) {
            Byte vote = votes.vote(row, j);
            if (vote != null && !votes.isModeratedOut(j)) {
                x += (float) (vote - c.means()[j]) * c.component1()[j];
                active++;
            }
        }
        // Pol.is: sqrt(statements / known cells), a moderated-out statement being known for everyone.
        double expected = Math.sqrt(votes.statementCount() / (active + 1.0)) * x;
        assertThat(analysis.positions().x()[row]).isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-9));
    }

    private static double meanDistance(Analysis analysis, VoteMatrix votes, int from, int to, boolean unscaled) {
        double sum = 0;
        for (int p = from; p < to; p++) {
            int i = analysis.positions().indexOf(p);
            int cast = votes.participantCount() == 0 ? 0 : countVotes(votes, votes.rowOf(p));
            double scale = unscaled ? Math.sqrt((double) votes.statementCount() / cast) : 1;
            sum += Math.hypot(analysis.positions().x()[i], analysis.positions().y()[i]) / scale;
        }
        return sum / (to - from);
    }

    private static int countVotes(VoteMatrix votes, int row) {
        int count = 0;
        for (int j = 0; j < votes.statementCount(); j++) {
            count += votes.vote(row, j) != null ? 1 : 0;
        }
        return count;
    }
}
