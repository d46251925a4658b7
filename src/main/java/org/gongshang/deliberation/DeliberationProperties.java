package org.gongshang.deliberation;

import java.time.Duration;

import org.gongshang.deliberation.engine.EngineSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Rules of online deliberation ({@code gongshang.deliberation.*}).
 *
 * @param statementMaxLength longest statement, in characters
 * @param duplicateThreshold bigram Jaccard similarity (0–1) from which an existing statement is pointed out
 * @param duplicateMeaningThreshold meaning score (embeddings' cosine) from which it is pointed out too
 * @param quietPeriod a recompute waits for this long without new votes...
 * @param maxDelay ...but the analysis is never more than this behind the votes
 * @param refresh how often a node looks for votes cast on other nodes
 * @param commonGroundAgreeShare smoothed agree share every group must reach for 最大公约数
 * @param commonGroundMinimumVotes votes every group must have cast on a statement for 最大公约数
 * @param votesPerMinute votes one person may cast in a minute (new, changed or the same again), counted per node;
 *     more are answered 429
 */
@ConfigurationProperties("gongshang.deliberation")
public record DeliberationProperties(
        @DefaultValue("140") int statementMaxLength,
        @DefaultValue("0.5") double duplicateThreshold,
        @DefaultValue("0.80") double duplicateMeaningThreshold,
        @DefaultValue("250ms") Duration quietPeriod,
        @DefaultValue("2s") Duration maxDelay,
        @DefaultValue("1s") Duration refresh,
        @DefaultValue("0.6") double commonGroundAgreeShare,
        @DefaultValue("5") int commonGroundMinimumVotes,
        @DefaultValue("60") int votesPerMinute) {

    public EngineSettings engineSettings() {
        return EngineSettings.defaults().withCommonGround(commonGroundAgreeShare, commonGroundMinimumVotes);
    }
}
