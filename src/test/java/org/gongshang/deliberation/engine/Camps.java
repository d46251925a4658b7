package org.gongshang.deliberation.engine;

import java.util.SplittableRandom;

/*
 * Test votes with a planted structure: participant p belongs to camp p % camps; on "divisive"
 * statements camp c agrees when (statement + c) is even and disagrees otherwise; the last
 * {@code shared} statements everyone agrees with. Each participant votes on each statement with
 * probability {@code coverage}, and flips a vote with probability {@code noise}. Seeded.
 */
final class Camps {

    private final int camps;
    private final int participants;
    private final int statements;
    private final int shared;
    private final double coverage;
    private final double noise;

    Camps(int camps, int participants, int statements, int shared, double coverage, double noise) {
        this.camps = camps;
        this.participants = participants;
        this.statements = statements;
        this.shared = shared;
        this.coverage = coverage;
        this.noise = noise;
    }

    static Camps two() {
        return new Camps(2, 60, 20, 3, 0.8, 0.1);
    }

    int campOf(long participant) {
        return (int) (participant % camps);
    }

    int stance(int camp, int statement) {
        if (statement >= statements - shared) {
            return 1;
        }
        if (camps == 2) {
            return (statement + camp) % 2 == 0 ? 1 : -1;
        }
        return statement % camps == camp ? 1 : -1;
    }

    VoteMatrixBuilder votes(long seed) {
        return addVotes(VoteMatrix.builder(), seed, 0, participants);
    }

    VoteMatrixBuilder addVotes(VoteMatrixBuilder builder, long seed, int from, int to) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int j = 0; j < statements; j++) {
            builder.statement(j, false);
        }
        for (int p = from; p < to; p++) {
            for (int j = 0; j < statements; j++) {
                if (random.nextDouble() < coverage) {
                    int vote = stance(campOf(p), j);
                    builder.vote(p, j, random.nextDouble() < noise ? -vote : vote);
                }
            }
        }
        return builder;
    }

    int[] planted(long[] participantIds) {
        int[] labels = new int[participantIds.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = campOf(participantIds[i]);
        }
        return labels;
    }

    static int[] found(Analysis analysis, long[] participantIds) {
        int[] labels = new int[participantIds.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = analysis.groupOf(participantIds[i]);
        }
        return labels;
    }
}
