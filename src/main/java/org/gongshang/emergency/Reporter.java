package org.gongshang.emergency;

import java.time.Instant;

import org.gongshang.identity.Role;

/** Someone who reported an event, with the role they reported as. */
public record Reporter(long accountId, String name, Role role, Instant reportedAt) {
}
