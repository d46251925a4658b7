package org.gongshang.topic;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything a screener weighs for one topic: the topic with its support, images, the keywords
 * that pre-flag decline reasons, similar topics side by side, the timeline, and who came in
 * person (masked) for an offline topic, and where a member's topic came from.
 */
public record ScreeningCase(TopicView topic, List<TopicImage> images, List<Preflag> preflags,
        List<SimilarTopicDetail> similar, List<HistoryEntry> history, @Nullable String offlineNameMasked,
        @Nullable String heldWords, @Nullable TopicOrigin origin) {

    /** A keyword of a rule found in the text, and the reason it suggests. */
    public record Preflag(String keyword, DeclineReason reason) {
    }

    /** A similar topic with enough to compare it side by side. */
    public record SimilarTopicDetail(SimilarTopic similar, TopicView topic) {
    }

    public List<DeclineReason> preflagReasons() {
        return preflags.stream().map(Preflag::reason).distinct().toList();
    }
}
