package org.gongshang.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackOffTests {

    private final BackOff backOff = new BackOff(Duration.ofSeconds(30), Duration.ofHours(2));

    @Test
    void theWaitStartsAtTheBaseAndDoublesAfterEachFailedTry() {
        assertThat(backOff.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backOff.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backOff.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(backOff.delayAfter(8)).isEqualTo(Duration.ofMinutes(64));
    }

    @Test
    void theWaitNeverExceedsTheMaximumEvenAfterVeryManyTries() {
        assertThat(backOff.delayAfter(9)).isEqualTo(Duration.ofHours(2));
        assertThat(backOff.delayAfter(1_000)).isEqualTo(Duration.ofHours(2));
    }
}
