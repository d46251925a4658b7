package org.gongshang.outcome;

import java.time.Instant;

/** A co-handling department's opinion (协办意见) sent to the lead department; it carries no grade. */
public record CoHandlerOpinion(int handlingRound, long organizationId, String text, long authorId, Instant at) {
}
