package org.gongshang.deliberation.engine;

/**
 * Agree, disagree and seen (passes included) counts per statement and per group, from the raw
 * votes: votes on moderated-out statements are counted too, callers skip those statements where
 * they must not count. Row {@code groups} holds everyone's votes (clustered or not).
 */
final class VoteTally {

    final int groups;
    final int statements;
    /** Index [group * statements + column]; group {@code groups} is everyone. */
    final int[] agrees;
    final int[] disagrees;
    final int[] seen;

    VoteTally(VoteMatrix matrix, int[] groupOfRow, int groups) {
        this.groups = groups;
        this.statements = matrix.statementCount();
        int size = (groups + 1) * statements;
        agrees = new int[size];
        disagrees = new int[size];
        seen = new int[size];
        int[] rowStart = matrix.rowStart();
        int[] columns = matrix.columns();
        byte[] votes = matrix.votes();
        int everyone = groups * statements;
        for (int i = 0; i < matrix.participantCount(); i++) {
            int group = groupOfRow[i];
            for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
                count(everyone + columns[k], votes[k]);
                if (group >= 0) {
                    count(group * statements + columns[k], votes[k]);
                }
            }
        }
    }

    private void count(int at, byte vote) {
        seen[at]++;
        if (vote == VoteMatrix.AGREE) {
            agrees[at]++;
        } else if (vote == VoteMatrix.DISAGREE) {
            disagrees[at]++;
        }
    }

    int agrees(int group, int column) {
        return agrees[group * statements + column];
    }

    int disagrees(int group, int column) {
        return disagrees[group * statements + column];
    }

    int seen(int group, int column) {
        return seen[group * statements + column];
    }

    int everyone() {
        return groups;
    }

    /** Sum over all groups, i.e. every clustered participant. */
    int clusteredAgrees(int column) {
        int sum = 0;
        for (int g = 0; g < groups; g++) {
            sum += agrees(g, column);
        }
        return sum;
    }

    int clusteredDisagrees(int column) {
        int sum = 0;
        for (int g = 0; g < groups; g++) {
            sum += disagrees(g, column);
        }
        return sum;
    }

    int clusteredSeen(int column) {
        int sum = 0;
        for (int g = 0; g < groups; g++) {
            sum += seen(g, column);
        }
        return sum;
    }
}
