package org.gongshang.outcome;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Satisfaction collected offline and entered by staff: counts (one, for a named person), occasion, evidence, who entered it. */
public record OfflineRating(long id, long recommendationId, int handlingRound, RatingOccasion occasion, LocalDate heldOn,
        @Nullable String place, @Nullable String respondentName, int satisfied, int basicallySatisfied, int unsatisfied,
        String note, boolean hasPhoto, long enteredBy, Instant enteredAt) {
}
