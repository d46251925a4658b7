package org.gongshang.similarity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How similar texts are computed ({@code gongshang.similarity.*}); the thresholds belong to the modules
 * that ask (e.g. {@code gongshang.topic.similarity.min-score}).
 *
 * @param embeddings whether the sentence-embedding model is loaded at all (off: words only)
 * @param refresh how often a node reads what other nodes wrote, and looks for texts to embed
 * @param batchSize texts embedded in one pass of the model
 * @param threads threads of the model; 0 means one per core
 * @param minTitleChars a title this long is embedded alone; a shorter one with the start of the body
 * @param maxChars characters embedded at most
 * @param wordsWeight weight of the words score added to the meaning score, a tie-breaker
 * @param wordsMinScore words score a text without embedding needs to be returned
 * @param candidates texts the first pass (bit signatures) hands to the exact comparison
 * @param maxQueryChars characters of a query's title and of its body that are looked at
 */
@ConfigurationProperties("gongshang.similarity")
public record SimilarityProperties(
        @DefaultValue("true") boolean embeddings,
        @DefaultValue("1s") Duration refresh,
        @DefaultValue("32") int batchSize,
        @DefaultValue("0") int threads,
        @DefaultValue("8") int minTitleChars,
        @DefaultValue("128") int maxChars,
        @DefaultValue("0.05") double wordsWeight,
        @DefaultValue("0.25") double wordsMinScore,
        @DefaultValue("256") int candidates,
        @DefaultValue("2000") int maxQueryChars) {

    public int modelThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
