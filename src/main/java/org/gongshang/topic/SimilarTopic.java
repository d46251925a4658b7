package org.gongshang.topic;

/** A topic like another, with its score: the embeddings' cosine (unrelated topics about 0.4, the same text 1). */
public record SimilarTopic(long id, String title, TopicStatus status, double score) {
}
