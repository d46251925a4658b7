package org.gongshang.outcome;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Everything a recommendation's page shows: the facts, where it came from, its history, the
 * department's reports and replies, the ratings, and (for staff) supervision. Internal parts are
 * empty for viewers who may not see them.
 *
 * @param organizationNames names of the organisations mentioned, by id
 * @param currentCounts ratings cast so far in the open round
 * @param ratings the individual ratings with comments: staff only
 */
public record RecommendationDetails(RecommendationView recommendation, @Nullable String consultationTitle,
        @Nullable String topicTitle, String regionName, Map<Long, String> organizationNames, List<StatusChange> history,
        List<ProgressReport> progress, List<CoHandlerOpinion> opinions, List<Reply> replies,
        List<ExtensionRequest> extensions, List<RatingRound> ratingRounds, Map<Satisfaction, Integer> currentCounts,
        List<SatisfactionRating> ratings, List<SupervisionNote> supervisionNotes, Map<Long, String> people,
        Capabilities capabilities) {

    /** Ratings cast so far in the open round. */
    public int currentCast() {
        return currentCounts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public @Nullable Reply latestReply() {
        return replies.isEmpty() ? null : replies.getLast();
    }

    public @Nullable ExtensionRequest pendingExtension() {
        return extensions.stream().filter(ExtensionRequest::isPending).findFirst().orElse(null);
    }

    public String organizationName(@Nullable Long id) {
        return id == null ? "" : organizationNames.getOrDefault(id, "#" + id);
    }

    public String personName(@Nullable Long id) {
        return id == null ? "" : people.getOrDefault(id, "");
    }
}
