package org.gongshang.outcome;

import java.util.List;

/** The lead department asked for more time; staff decide. */
public record ExtensionRequested(long recommendationId, String text, int workingDays, String reason,
        List<Long> staffAccountIds) {

    public ExtensionRequested {
        staffAccountIds = List.copyOf(staffAccountIds);
    }
}
