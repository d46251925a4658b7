package org.gongshang.deliberation.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.gongshang.deliberation.DeliberationProperties;
import org.springframework.stereotype.Component;

/**
 * How fast one person may vote: {@code votes-per-minute} at once, then one more every
 * {@code 60 s / votes-per-minute} (a token bucket, kept as the generic cell rate algorithm: one
 * "theoretical arrival time" per account, changed by compare-and-set, no lock). In this node's memory
 * and on the vote path without a database round trip; with several nodes behind a load balancer each
 * counts its own share, so the limit holds per node.
 *
 * <p>An account idle for a minute has its bucket full again, so forgetting it then changes nothing:
 * the cache drops entries a minute after their last use and never grows with past voters.
 */
@Component
public class VoteRateLimiter {

    private final long interval;
    private final long burst;
    private final Cache<Long, AtomicLong> arrivals;

    VoteRateLimiter(DeliberationProperties properties) {
        int perMinute = Math.max(1, properties.votesPerMinute());
        this.interval = Duration.ofMinutes(1).toNanos() / perMinute;
        this.burst = interval * (perMinute - 1L);
        this.arrivals = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(1)).build();
    }

    /** Counts a vote of the account; empty when it may vote now, else how long to wait. */
    public Optional<Duration> take(long accountId) {
        AtomicLong arrival = arrivals.get(accountId, id -> new AtomicLong(Long.MIN_VALUE));
        long now = System.nanoTime();
        while (true) {
            long previous = arrival.get();
            long theoretical = previous == Long.MIN_VALUE || previous - now < 0 ? now : previous;
            if (theoretical - now > burst) {
                return Optional.of(Duration.ofNanos(theoretical - now - burst));
            }
            if (arrival.compareAndSet(previous, theoretical + interval)) {
                return Optional.empty();
            }
        }
    }
}
