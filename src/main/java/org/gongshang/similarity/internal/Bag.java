package org.gongshang.similarity.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Terms with their (sublinear) frequencies. */
record Bag(String[] terms, float[] weights) {

    /** Counts the terms; a word that is also a bigram counts twice, which favours real words. */
    static Bag of(List<String> words, List<String> bigrams) {
        Map<String, Integer> counts = new HashMap<>();
        words.forEach(w -> counts.merge(w, 1, Integer::sum));
        bigrams.forEach(b -> counts.merge(b, 1, Integer::sum));
        String[] terms = new String[counts.size()];
        float[] weights = new float[counts.size()];
        int i = 0;
        for (var entry : counts.entrySet()) {
            terms[i] = entry.getKey();
            weights[i] = (float) (1 + Math.log(entry.getValue()));
            i++;
        }
        return new Bag(terms, weights);
    }

    static Bag merge(Bag a, Bag b) {
        Map<String, Float> sum = new HashMap<>();
        for (int i = 0; i < a.terms().length; i++) {
            sum.merge(a.terms()[i], a.weights()[i], Float::sum);
        }
        for (int i = 0; i < b.terms().length; i++) {
            sum.merge(b.terms()[i], b.weights()[i], Float::sum);
        }
        String[] terms = sum.keySet().toArray(String[]::new);
        float[] weights = new float[terms.length];
        for (int i = 0; i < terms.length; i++) {
            weights[i] = sum.get(terms[i]);
        }
        return new Bag(terms, weights);
    }
}
