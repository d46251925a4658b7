package org.gongshang.deliberation.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two short statements read: the Jaccard similarity of their character bigrams, after
 * dropping punctuation, spaces and case. Chinese has no spaces between words and most words are two
 * characters long, so overlapping bigrams catch shared words without a dictionary or a segmenter, and
 * they are robust to the small rewordings (了、的、吧, word order around a shared phrase) that
 * near-duplicates show; a 140-character statement has at most 139 of them, so comparing against
 * every statement of a deliberation stays cheap. Jaccard rather than cosine: a bigram counts once,
 * so a repeated phrase does not inflate the score. The score says nothing about stance ("应该" and
 * "不应该" share most bigrams), which is why a near-duplicate is only pointed out, never refused.
 */
public final class StatementSimilarity {

    private StatementSimilarity() {
    }

    /** 0 (nothing shared) to 1 (the same bigrams). */
    public static double of(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String gram : x) {
            if (y.contains(gram)) {
                shared++;
            }
        }
        return (double) shared / (x.size() + y.size() - shared);
    }

    /** Bigrams of the letters and digits; a one-character text is its own single "bigram". */
    static Set<String> bigrams(String text) {
        int[] points = text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).toArray();
        Set<String> grams = new HashSet<>();
        if (points.length == 1) {
            grams.add(new String(points, 0, 1));
        }
        for (int i = 0; i + 1 < points.length; i++) {
            grams.add(new String(points, i, 2));
        }
        return grams;
    }
}
