package org.gongshang.commonproblem;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How common problems are found ({@code gongshang.common-problem.*}).
 *
 * @param minCommunities a group is shown when its sources come from at least this many communities…
 * @param minSupporters …or when at least this many people stand behind them
 * @param period only sources of this last stretch of time count
 * @param minScore cosine of meaning with a group's representative to join it (measured on the labelled set)
 * @param candidates representatives compared exactly per text, picked by signature
 * @param maxShown groups listed at most, the largest first
 */
@ConfigurationProperties("gongshang.common-problem")
public record CommonProblemProperties(@DefaultValue("3") int minCommunities, @DefaultValue("20") int minSupporters,
        @DefaultValue("365d") Duration period, @DefaultValue("0.7") double minScore, @DefaultValue("64") int candidates,
        @DefaultValue("200") int maxShown) {
}
