package org.gongshang.topic;

/** A topic like another, with a score from 0 (unrelated) to 1 (the same words). */
public record SimilarTopic(long id, String title, TopicStatus status, double score) {
}
