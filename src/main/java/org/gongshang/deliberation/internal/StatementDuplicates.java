package org.gongshang.deliberation.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gongshang.deliberation.DeliberationProperties;
import org.gongshang.deliberation.SimilarStatement;
import org.gongshang.deliberation.StatementStatus;
import org.gongshang.similarity.Corpus;
import org.gongshang.similarity.SimilarText;
import org.gongshang.similarity.SimilarTexts;
import org.gongshang.similarity.TextAttributes;
import org.gongshang.similarity.TextFilter;
import org.springframework.stereotype.Component;

/**
 * Near-duplicate statements: a statement reads like an existing one when their character bigrams
 * overlap enough ({@link StatementSimilarity}, for rewordings that keep the words) or when their
 * embeddings say the same ({@link SimilarTexts}, for the same point in other words). Statements are
 * indexed in the similar-text service as they are written and moderated.
 */
@Component
public class StatementDuplicates {

    public static final Corpus CORPUS = new Corpus("statement");
    private static final int MAX_SIMILAR = 3;

    private final SimilarTexts similarTexts;
    private final StatementStore store;
    private final DeliberationProperties properties;

    StatementDuplicates(SimilarTexts similarTexts, StatementStore store, DeliberationProperties properties) {
        this.similarTexts = similarTexts;
        this.store = store;
        this.properties = properties;
    }

    /** In the transaction that writes the statement. */
    public void index(Statement statement) {
        similarTexts.index(CORPUS, statement.id(), statement.text(), "", new TextAttributes("", statement.status().name(),
                statement.held(), statement.deliberationId(), statement.createdAt()));
    }

    /** Existing statements the deliberation shows that read almost like the text, most similar first. */
    public List<SimilarStatement> of(Deliberation deliberation, String text) {
        Map<Long, Double> byMeaning = new HashMap<>();
        for (SimilarText found : similarTexts.find(CORPUS, text, "", TextFilter.any().inGroup(deliberation.id())
                .includingHeld(true), 20, properties.duplicateMeaningThreshold())) {
            if (found.byMeaning()) {
                byMeaning.put(found.id(), found.score());
            }
        }
        return store.all(deliberation.id()).stream()
                .filter(s -> s.status() != StatementStatus.REJECTED && s.isShown(deliberation.moderation()))
                .map(s -> new SimilarStatement(s.id(), s.text(), score(text, s, byMeaning)))
                .filter(s -> s.similarity() > 0)
                .sorted(Comparator.comparingDouble(SimilarStatement::similarity).reversed()
                        .thenComparingLong(SimilarStatement::id))
                .limit(MAX_SIMILAR).toList();
    }

    /** The bigram overlap when it passes its threshold, else the meaning score when that passes, else 0. */
    private double score(String text, Statement existing, Map<Long, Double> byMeaning) {
        double bigrams = StatementSimilarity.of(text, existing.text());
        if (bigrams >= properties.duplicateThreshold()) {
            return Math.max(bigrams, byMeaning.getOrDefault(existing.id(), 0.0));
        }
        return Math.min(1.0, byMeaning.getOrDefault(existing.id(), 0.0));
    }
}
