package org.gongshang.topic.internal;

/** Internal: a topic's status, hold or text changed, so this node's similarity index should look again. */
public record TopicChanged(long topicId) {
}
