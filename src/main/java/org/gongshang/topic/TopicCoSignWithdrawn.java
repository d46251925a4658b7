package org.gongshang.topic;

/** A resident withdrew their co-sign. */
public record TopicCoSignWithdrawn(long topicId, long accountId, int supporters) {
}
