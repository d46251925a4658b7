package org.gongshang.topic;

/** An image of a topic, re-encoded without metadata; its bytes come from {@link TopicImages#content}. */
public record TopicImage(long id, long topicId, String contentType, int width, int height) {
}
