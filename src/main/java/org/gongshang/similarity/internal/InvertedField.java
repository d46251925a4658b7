package org.gongshang.similarity.internal;

import java.util.Arrays;
import java.util.Map;

/** Inverted lists of one field: for each term, the documents and the term's frequency in each. */
final class InvertedField {
    int[][] docs = new int[1024][];
    float[][] tfs = new float[1024][];
    int[] sizes = new int[1024];
    int[] df = new int[1024];
    int live;

    void ensure(int term) {
        if (term >= docs.length) {
            int length = Math.max(term + 1, docs.length * 2);
            docs = Arrays.copyOf(docs, length);
            tfs = Arrays.copyOf(tfs, length);
            sizes = Arrays.copyOf(sizes, length);
            df = Arrays.copyOf(df, length);
        }
    }

    void add(int doc, int[] terms, float[] tf) {
        for (int i = 0; i < terms.length; i++) {
            int term = terms[i];
            ensure(term);
            if (docs[term] == null) {
                docs[term] = new int[4];
                tfs[term] = new float[4];
            } else if (sizes[term] == docs[term].length) {
                docs[term] = Arrays.copyOf(docs[term], sizes[term] * 2);
                tfs[term] = Arrays.copyOf(tfs[term], sizes[term] * 2);
            }
            docs[term][sizes[term]] = doc;
            tfs[term][sizes[term]] = tf[i];
            sizes[term]++;
            df[term]++;
        }
        live++;
    }

    /** The lists keep the entry (skipped when read, dropped at the next rebuild); frequencies drop now. */
    void remove(int[] terms) {
        for (int term : terms) {
            df[term]--;
        }
        live--;
    }

    float idf(int term) {
        int frequency = term >= 0 && term < df.length ? df[term] : 0;
        return (float) Math.log(1 + (double) Math.max(live, 1) / Math.max(frequency, 1));
    }

    float norm(int[] terms, float[] tf) {
        double sum = 0;
        for (int i = 0; i < terms.length; i++) {
            double w = tf[i] * idf(terms[i]);
            sum += w * w;
        }
        return (float) Math.sqrt(sum);
    }

    /** Adds the query's dot products with every document to {@code dots}; returns the query's norm. */
    float accumulate(Bag query, Map<String, Integer> dictionary, float[] dots) {
        double norm = 0;
        for (int i = 0; i < query.terms().length; i++) {
            Integer term = dictionary.get(query.terms()[i]);
            float idf = idf(term == null ? -1 : term);
            float weight = query.weights()[i] * idf;
            norm += weight * weight;
            if (term == null || term >= docs.length || docs[term] == null) {
                continue;
            }
            int[] list = docs[term];
            float[] frequencies = tfs[term];
            float factor = weight * idf;
            for (int p = 0, size = sizes[term]; p < size; p++) {
                dots[list[p]] += factor * frequencies[p];
            }
        }
        return (float) Math.sqrt(norm);
    }
}
