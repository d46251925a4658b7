package org.gongshang.consultation;

import java.util.List;

/**
 * Staff selected consensus items of several grassroots consultations as one common problem (共性问题)
 * and raised it (上升) through the CPPCC channel.
 *
 * @param topicId the topic created for it, which the CPPCC committee screens
 */
public record CommonProblemRaised(long problemId, String title, String description, String regionCode,
        long raisedByAccountId, List<Item> items, long topicId) {

    public CommonProblemRaised {
        items = List.copyOf(items);
    }

    public record Item(long consultationId, long consensusItemId, String text) {
    }
}
