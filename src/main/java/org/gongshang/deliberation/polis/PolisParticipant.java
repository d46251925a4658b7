package org.gongshang.deliberation.polis;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A row of {@code participants-votes.csv}: one participant, the group Pol.is put them in, and their
 * latest votes.
 *
 * @param id Pol.is participant id
 * @param xid the external id, in newer exports only
 * @param groupId Pol.is's opinion group, or null when Pol.is did not cluster them
 * @param votes their votes (timestamp 0)
 */
public record PolisParticipant(long id, @Nullable String xid, @Nullable Integer groupId, List<PolisVote> votes) {
}
