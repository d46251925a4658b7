package org.gongshang.bench.engine;

import java.util.SplittableRandom;

import org.gongshang.deliberation.engine.VoteMatrix;
import org.gongshang.deliberation.engine.VoteMatrixBuilder;

/**
 * Synthetic deliberations with a planted opinion structure: participants belong to one of a few
 * hidden groups; each group leans agree, disagree or undecided on each statement; everyone votes
 * on a random subset of statements. Seeded, so every run measures the same votes.
 */
public final class SyntheticVotes {

    private final int participants;
    private final int statements;
    private final long votes;
    private final int groups;
    private final long seed;

    public SyntheticVotes(int participants, int statements, long votes, int groups, long seed) {
        this.participants = participants;
        this.statements = statements;
        this.votes = votes;
        this.groups = groups;
        this.seed = seed;
    }

    /** The hidden group of a participant. */
    public int groupOf(long participantId) {
        return (int) (participantId % groups);
    }

    public VoteMatrix build() {
        return addTo(VoteMatrix.builder(), 0, participants, votes, 0).build();
    }

    /**
     * Adds about {@code count} votes of participants [from, to) to a builder; each round draws
     * other statements and votes (a later round stands for a later update).
     */
    public VoteMatrixBuilder addTo(VoteMatrixBuilder builder, int from, int to, long count, int round) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] agree = new double[groups][statements];
        double[][] disagree = new double[groups][statements];
        for (int g = 0; g < groups; g++) {
            for (int j = 0; j < statements; j++) {
                double lean = random.nextDouble();
                agree[g][j] = lean < 0.4 ? 0.8 : lean < 0.8 ? 0.1 : 0.4;
                disagree[g][j] = lean < 0.4 ? 0.1 : lean < 0.8 ? 0.8 : 0.4;
            }
        }
        for (int j = 0; j < statements; j++) {
            builder.statement(j, j % 50 == 49); // a few moderated-out statements, as in real deliberations
        }
        SplittableRandom voting = new SplittableRandom(seed ^ from ^ (round * 0x9E3779B97F4A7C15L));
        double perParticipant = (double) count / (to - from);
        int[] seenBy = new int[statements]; // 1 + the last participant who voted on it: no double votes
        for (int p = from; p < to; p++) {
            int g = groupOf(p);
            // Vote counts vary: a quarter of the participants vote little, a few vote a lot.
            double factor = voting.nextDouble() < 0.25 ? 0.3 : 1.2333;
            int n = (int) Math.min(statements, Math.max(1, Math.round(perParticipant * factor)));
            for (int v = 0; v < n; v++) {
                int j = voting.nextInt(statements);
                while (seenBy[j] == p + 1) {
                    j = voting.nextInt(statements);
                }
                seenBy[j] = p + 1;
                double r = voting.nextDouble();
                int vote = r < agree[g][j] ? 1 : r < agree[g][j] + disagree[g][j] ? -1 : 0;
                builder.vote(p, j, vote);
            }
        }
        return builder;
    }
}
