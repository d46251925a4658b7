package org.gongshang.deliberation.internal;

/**
 * The payload of {@link LiveAnalyses#SIGNAL}: which deliberation has a new stored analysis and the
 * counts live views show, so that a node's followers refresh without the node reading the analysis.
 */
public record AnalysisSignal(long deliberationId, int participants, long votes, int groups) {

    public static AnalysisSignal parse(String payload) {
        String[] parts = payload.split(" ");
        return new AnalysisSignal(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), Long.parseLong(parts[2]),
                Integer.parseInt(parts[3]));
    }

    String payload() {
        return deliberationId + " " + participants + " " + votes + " " + groups;
    }

    public AnalysisUpdated updated() {
        return new AnalysisUpdated(deliberationId, participants, votes, groups);
    }
}
