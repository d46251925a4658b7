package org.gongshang.outcome;

import java.time.Instant;

/** A note of supervision (督办意见), at the level the item was supervised at when it was written. */
public record SupervisionNote(EscalationLevel level, String note, long authorId, Instant at) {
}
