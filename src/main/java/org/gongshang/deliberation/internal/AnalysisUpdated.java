package org.gongshang.deliberation.internal;

/** This node has a new analysis of the deliberation: live views refresh. In memory only, never stored. */
public record AnalysisUpdated(long deliberationId, int participants, long votes, int groups) {
}
