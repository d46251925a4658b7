package org.gongshang.outcome;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Staff approved or refused an extension; the lead department hears the new deadline. */
public record ExtensionDecided(long recommendationId, String text, boolean approved, @Nullable LocalDate dueOn,
        List<Long> leadAccountIds) {

    public ExtensionDecided {
        leadAccountIds = List.copyOf(leadAccountIds);
    }
}
