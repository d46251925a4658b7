package org.gongshang.deliberation.internal;

import java.time.Instant;
import java.util.Map;

import org.gongshang.deliberation.engine.Analysis;

/**
 * One analysis of a deliberation with the statements it was computed over.
 *
 * @param statements every statement by id at the time, for texts and moderation
 * @param seenVotes the latest vote-history id the analysis includes
 * @param seenStatements the statements' fingerprint the analysis includes
 * @param readAt when the votes were read, by the database's clock: every vote committed before is included
 * @param computedAt when this node made or read the analysis
 */
public record Snapshot(long deliberationId, Analysis analysis, Map<Long, Statement> statements, long seenVotes,
        String seenStatements, Instant readAt, Instant computedAt) {
}
