package org.gongshang.consultation;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Staff selected consensus items of several grassroots consultations as one common problem (共性问题)
 * and raised it (上升) through the CPPCC channel.
 *
 * @param topicId the CPPCC topic created for it, or null when no topic module took it up yet
 */
public record CommonProblemRaised(long problemId, String title, String description, String regionCode,
        long raisedByAccountId, List<Item> items, @Nullable Long topicId) {

    public CommonProblemRaised {
        items = List.copyOf(items);
    }

    public record Item(long consultationId, long consensusItemId, String text) {
    }
}
