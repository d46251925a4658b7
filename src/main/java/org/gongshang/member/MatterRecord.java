package org.gongshang.member;

import java.time.LocalDate;

import org.gongshang.topic.TopicCategory;
import org.jspecify.annotations.Nullable;

/**
 * A matter handled at a station, as the public sees it: no visitor, no words of theirs, only the
 * kind of matter, what became of it, and the topic if it became one.
 */
public record MatterRecord(LocalDate day, TopicCategory category, ReceptionOutcome outcome, @Nullable Long topicId) {
}
