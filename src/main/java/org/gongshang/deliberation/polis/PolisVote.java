package org.gongshang.deliberation.polis;

/**
 * A vote of a Pol.is export ({@code votes.csv}), in the export's encoding.
 *
 * @param timestamp milliseconds since the epoch, 0 when unknown (participants-votes.csv has no times)
 * @param statementId Pol.is comment id
 * @param participantId Pol.is participant id (voter-id)
 * @param vote +1 agree, -1 disagree, 0 pass
 */
public record PolisVote(long timestamp, long statementId, long participantId, int vote) {
}
