package org.gongshang.deliberation;

import java.time.Instant;

/**
 * A member took part in a deliberation for the first time (their first vote or statement): their
 * duty records count it. Published for members only; residents take part in their thousands and
 * nobody listens for them.
 */
public record DeliberationJoined(long deliberationId, long accountId, Instant at) {
}
