package org.gongshang.outcome;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The counts and result of one rating round, kept when its window closed. */
public record RatingRound(int handlingRound, SatisfactionResult result, int satisfied, int basicallySatisfied,
        int unsatisfied, @Nullable Long closedBy, Instant closedAt) {

    public int cast() {
        return satisfied + basicallySatisfied + unsatisfied;
    }
}
