package org.gongshang.shared.web;

import java.time.Duration;

/** {@code Retry-After} counts whole seconds; a wait below one second is said as one. */
final class RetryAfter {

    private RetryAfter() {
    }

    static long seconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
