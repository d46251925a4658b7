package org.gongshang.similarity;

import org.jspecify.annotations.Nullable;

/**
 * A text found, with the parts of its score.
 *
 * @param score what thresholds compare: {@code meaning + wordsWeight · words}, or {@code words} alone
 *        while the text (or the query) has no embedding yet
 * @param meaning cosine of the two sentence embeddings (−1 to 1, in practice 0.3 to 1); null without embedding
 * @param words TF-IDF cosine of smartcn words and Han bigrams, 0 to 1
 */
public record SimilarText(long id, String title, double score, @Nullable Double meaning, double words,
        TextAttributes attributes) {

    public boolean byMeaning() {
        return meaning != null;
    }
}
