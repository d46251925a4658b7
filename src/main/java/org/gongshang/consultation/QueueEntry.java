package org.gongshang.consultation;

import java.time.Instant;

/** Someone waiting to speak, in the facilitator's order; {@code online} for a raised hand online. */
public record QueueEntry(long id, long participantId, String name, ParticipantCategory category, boolean online,
        int position, Instant requestedAt) {
}
