package org.gongshang.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A registration with a correct code named the ID number of an existing account. The caller got a
 * neutral refusal; the account's holder is told.
 */
public record IdentityNumberReused(UUID id, long accountId, Instant at) {
}
