package org.gongshang.notification.internal;

import java.time.Duration;

/**
 * Exponential back-off: after the first failed try wait {@code base}, then twice as long after each
 * further one, never longer than {@code max}. A channel that is down is not hammered, and one that
 * was down briefly is tried again soon.
 */
public record BackOff(Duration base, Duration max) {

    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failedAttempts - 1, 40);
        try {
            Duration delay = base.multipliedBy(1L << doublings);
            return delay.compareTo(max) > 0 ? max : delay;
        } catch (ArithmeticException tooLong) {
            return max;
        }
    }
}
