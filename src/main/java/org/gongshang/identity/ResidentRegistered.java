package org.gongshang.identity;

import org.jspecify.annotations.Nullable;

/** A resident registered with real name, verified phone and checked ID number. */
public record ResidentRegistered(long accountId, @Nullable String residenceRegionCode) {
}
