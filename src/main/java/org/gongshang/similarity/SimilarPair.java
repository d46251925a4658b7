package org.gongshang.similarity;

/** Two texts of a corpus that read alike (first &lt; second), with their score. */
public record SimilarPair(long first, long second, double score) {
}
