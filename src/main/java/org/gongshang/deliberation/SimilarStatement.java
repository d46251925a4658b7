package org.gongshang.deliberation;

/** An existing statement that reads almost like a new one, with its similarity (0–1). */
public record SimilarStatement(long id, String text, double similarity) {
}
