package org.gongshang.topic;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A topic was accepted or declined in screening. {@code recipients} holds the submitter and every
 * co-signer, who are told the decision and, for a decline, the reason in plain words and the note.
 * A decline as DUPLICATE comes with {@link TopicsMerged} instead.
 */
public record TopicScreened(long topicId, String title, Decision decision, @Nullable DeclineReason reason,
        @Nullable String note, long screenedBy, List<Long> recipients) {
}
