package org.gongshang.similarity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongshang.similarity.internal.CorpusIndex;
import org.gongshang.similarity.internal.EmbeddedText;
import org.gongshang.similarity.internal.Int8Vector;
import org.gongshang.similarity.internal.SentenceEncoder;
import org.gongshang.similarity.internal.StoredText;

/**
 * Runs the labelled set through the index as the application would: the corpus holds the targets and
 * the distractors; each pair's query must find its target (or another of its group) among the first one
 * or three shown; each distractor looked up among the targets alone must show nothing.
 */
public final class SimilarityEvaluation {

    /** How one method did at one threshold. */
    public record Result(String method, double threshold, double recallAt1, double recallAt3, double rankedRecallAt1,
            double rankedRecallAt3, double falseSuggestions) {

        public String line() {
            return String.format("%-22s threshold %.2f  recall@1 %.3f  recall@3 %.3f  (ranked %.3f / %.3f)  false suggestions %.3f",
                    method, threshold, recallAt1, recallAt3, rankedRecallAt1, rankedRecallAt3, falseSuggestions);
        }
    }

    private final int maxChars;
    private final LabelledSet set;
    private final Map<String, float[]> vectors;
    private final CorpusIndex all;
    private final CorpusIndex targetsOnly;
    private final Map<Long, String> groups = new HashMap<>();

    /** Embeds every text of the set once ({@code encoder} null: words only). */
    public SimilarityEvaluation(LabelledSet set, SentenceEncoder encoder, int maxChars) {
        this.set = set;
        this.vectors = new HashMap<>();
        if (encoder != null) {
            Set<String> texts = new LinkedHashSet<>();
            set.targets().forEach(t -> texts.add(EmbeddedText.of(t.title(), t.body(), 8, maxChars)));
            set.distractors().forEach(t -> texts.add(EmbeddedText.of(t.title(), t.body(), 8, maxChars)));
            set.pairs().forEach(p -> texts.add(EmbeddedText.of(p.query().title(), p.query().body(), 8, maxChars)));
            List<String> list = new ArrayList<>(texts);
            for (int from = 0; from < list.size(); from += 32) {
                List<String> batch = list.subList(from, Math.min(list.size(), from + 32));
                float[][] embedded = encoder.embed(batch);
                for (int i = 0; i < batch.size(); i++) {
                    vectors.put(batch.get(i), embedded[i]);
                }
            }
        }
        this.all = new CorpusIndex(ChineseTerms.instance());
        this.targetsOnly = new CorpusIndex(ChineseTerms.instance());
        long id = 1;
        for (LabelledSet.Text target : set.targets()) {
            groups.put(id, target.group());
            add(all, id, target, maxChars);
            add(targetsOnly, id, target, maxChars);
            id++;
        }
        for (LabelledSet.Text distractor : set.distractors()) {
            add(all, id++, distractor, maxChars);
        }
        this.maxChars = maxChars;
    }

    /**
     * @param meaning whether embeddings are used (false: today's words-only TF-IDF)
     * @param wordsWeight weight of the words score added to the meaning
     */
    public Result evaluate(String method, boolean meaning, double wordsWeight, double threshold) {
        CorpusIndex.Scoring scoring = new CorpusIndex.Scoring(wordsWeight, meaning ? 2.0 : threshold, 256);
        int shown1 = 0;
        int shown3 = 0;
        int ranked1 = 0;
        int ranked3 = 0;
        for (LabelledSet.Pair pair : set.pairs()) {
            List<SimilarText> ranked = all.find(pair.query().title(), pair.query().body(), vector(pair.query(), meaning),
                    TextFilter.any(), 3, meaning ? -2.0 : 0.0, meaning ? scoring : new CorpusIndex.Scoring(0, 0.0001, 256));
            for (int k = 0; k < ranked.size(); k++) {
                if (pair.group().equals(groups.get(ranked.get(k).id()))) {
                    ranked1 += k == 0 ? 1 : 0;
                    ranked3++;
                    if (ranked.get(k).score() >= threshold) {
                        shown1 += k == 0 ? 1 : 0;
                        shown3++;
                    }
                    break;
                }
            }
        }
        int falseShown = 0;
        for (LabelledSet.Text distractor : set.distractors()) {
            if (!targetsOnly.find(distractor.title(), distractor.body(), vector(distractor, meaning), TextFilter.any(), 1,
                    threshold, scoring).isEmpty()) {
                falseShown++;
            }
        }
        double n = set.pairs().size();
        return new Result(method, threshold, shown1 / n, shown3 / n, ranked1 / n, ranked3 / n,
                (double) falseShown / set.distractors().size());
    }

    private float[] vector(LabelledSet.Text text, boolean meaning) {
        return meaning ? vectors.get(EmbeddedText.of(text.title(), text.body(), 8, maxChars)) : null;
    }

    private void add(CorpusIndex index, long id, LabelledSet.Text text, int maxChars) {
        float[] vector = vectors.get(EmbeddedText.of(text.title(), text.body(), 8, maxChars));
        index.apply(new StoredText("topic", id, text.title(), text.body(), new TextAttributes("511702", "SUBMITTED", false, null,
                Instant.EPOCH), false, vector == null ? null : Int8Vector.of(vector), "model", id), "model");
    }
}
