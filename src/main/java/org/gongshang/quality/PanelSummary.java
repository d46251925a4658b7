package org.gongshang.quality;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The panel of a consultation as staff see it: who was invited, who answered, each one's mean.
 *
 * @param rubric the questions' keys, in order
 */
public record PanelSummary(List<String> rubric, List<Assessor> assessors, List<Candidate> candidates) {

    public PanelSummary {
        rubric = List.copyOf(rubric);
        assessors = List.copyOf(assessors);
        candidates = List.copyOf(candidates);
    }

    /**
     * @param scores in the rubric's order, empty before answering
     * @param comments in the rubric's order (null where none)
     */
    public record Assessor(long invitationId, long accountId, String name, Instant invitedAt, @Nullable Instant answeredAt,
            List<Integer> scores, List<@Nullable String> comments) {

        public @Nullable Double mean() {
            return scores.isEmpty() ? null : Math.round(scores.stream().mapToInt(Integer::intValue).average().orElse(0) * 100) / 100.0;
        }
    }

    /** Someone who may be invited: an attendee with an account, or a reviewer or member of the region or above. */
    public record Candidate(long accountId, String name, String why) {
    }

    public int answered() {
        return (int) assessors.stream().filter(a -> a.answeredAt() != null).count();
    }
}
