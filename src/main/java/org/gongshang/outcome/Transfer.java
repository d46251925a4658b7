package org.gongshang.outcome;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A transfer (交办) as staff ask for it.
 *
 * @param workingDays the handling period; null for the configured default
 */
public record Transfer(@Nullable Long leadOrganizationId, @Nullable List<Long> coOrganizationIds,
        @Nullable Integer workingDays) {
}
