package org.gongshang.outcome;

import java.time.Instant;

/** The lead department's reply (答复) of one handling round, with its grade code (see {@link ReplyGrade}). */
public record Reply(int handlingRound, long organizationId, String grade, String text, long authorId, Instant at) {
}
