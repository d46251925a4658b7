package org.gongshang.deliberation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.gongshang.deliberation.DeliberationProperties;
import org.junit.jupiter.api.Test;

/** A minute's votes at once, then one a second; each account on its own. */
class VoteRateLimiterTests {

    final VoteRateLimiter limiter = new VoteRateLimiter(new DeliberationProperties(140, 0.5, 0.8, Duration.ofMillis(250),
            Duration.ofSeconds(2), Duration.ofSeconds(1), 0.6, 5, 60));

    @Test
    void sixtyVotesPassAndTheNextWaitsAtMostASecond() {
        for (int n = 0; n < 60; n++) {
            assertThat(limiter.take(7)).as("vote %d", n + 1).isEmpty();
        }
        assertThat(limiter.take(7)).hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1)));
        assertThat(limiter.take(7)).as("refused votes do not use up the bucket further").isPresent();
        assertThat(limiter.take(8)).as("another account").isEmpty();
    }
}
