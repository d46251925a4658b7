package org.gongshang.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.gongshang.shared.Zones;
import org.jspecify.annotations.Nullable;

/**
 * A recommendation with everything that happened to it, as the quality evaluation and the statistics
 * measure it: the whole history (with internal steps), the replies with the kind of their grade, and
 * the closed rating rounds. Not for display to the public.
 *
 * @param replyGradeKinds the kind of each reply's grade, in the order of {@code replies} (null for a code
 *     no longer configured)
 */
public record HandlingRecord(RecommendationView recommendation, List<StatusChange> history, List<Reply> replies,
        List<@Nullable ReplyGradeKind> replyGradeKinds, List<RatingRound> ratingRounds) {

    public HandlingRecord {
        history = List.copyOf(history);
        replies = List.copyOf(replies);
        replyGradeKinds = Collections.unmodifiableList(new ArrayList<>(replyGradeKinds));
        ratingRounds = List.copyOf(ratingRounds);
    }

    /** The first day it entered a status, in China time. */
    public Optional<LocalDate> firstDay(RecommendationStatus status) {
        return history.stream().filter(change -> change.to() == status).findFirst()
                .map(change -> LocalDate.ofInstant(change.at(), Zones.platform()));
    }

    /** The kind of the latest reply's grade, if replied. */
    public Optional<ReplyGradeKind> latestGradeKind() {
        return replyGradeKinds.isEmpty() ? Optional.empty() : Optional.ofNullable(replyGradeKinds.getLast());
    }

    public Optional<RatingRound> latestRound() {
        return ratingRounds.isEmpty() ? Optional.empty() : Optional.of(ratingRounds.getLast());
    }
}
