package org.gongshang.topic;

import org.jspecify.annotations.Nullable;

/** What a screener decided: accept, or decline with a reason and a note (and, for a duplicate, the survivor). */
public record ScreeningDecision(@Nullable Decision decision, @Nullable DeclineReason reason, @Nullable String note,
        @Nullable Long mergeInto) {
}
