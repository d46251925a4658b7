package org.gongshang.deliberation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

class RecomputerTests {

    private static final Recomputer.Timing TIMING = new Recomputer.Timing(Duration.ofMillis(250), Duration.ofSeconds(2));

    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<String> runs = new ArrayList<>();
    private final List<Long> startedAt = new ArrayList<>();
    private Consumer<String> work = deliberation -> { };

    private final Recomputer<String> recomputer = new Recomputer<>(scheduler, scheduler::nanoTime, TIMING,
            deliberation -> {
                runs.add(deliberation);
                startedAt.add(scheduler.nanoTime());
                work.accept(deliberation);
            },
            (deliberation, failure) -> runs.add(deliberation + " failed"));

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    @Test
    void aVoteIsRecomputedAfterTheQuietPeriod() {
        recomputer.votesChanged("a");
        scheduler.advance(ms(249));
        assertThat(runs).isEmpty();
        scheduler.advance(ms(1));
        assertThat(runs).containsExactly("a");
        assertThat(recomputer.isIdle("a")).isTrue();
    }

    @Test
    void votesInQuickSuccessionMakeOneRecompute() {
        for (int i = 0; i < 5; i++) {
            recomputer.votesChanged("a");
            scheduler.advance(ms(100));
        }
        scheduler.advance(ms(1_000));
        assertThat(runs).containsExactly("a");
    }

    @Test
    void aSteadyStreamOfVotesWaitsNoLongerThanTheMaximumDelay() {
        for (int i = 0; i < 50; i++) { // a vote every 100 ms for 5 s: never quiet for 250 ms
            recomputer.votesChanged("a");
            scheduler.advance(ms(100));
        }
        assertThat(runs).hasSizeGreaterThanOrEqualTo(2);
        assertThat(startedAt.get(0)).isEqualTo(ms(2_000).toNanos());
    }

    @Test
    void votesDuringARecomputeCauseExactlyOneMore() {
        work = deliberation -> {
            if (runs.size() == 1) {
                recomputer.votesChanged("a");
                recomputer.votesChanged("a");
                recomputer.votesChanged("a");
                scheduler.spend(ms(3_000)); // a slow recompute: the new votes are overdue when it ends
            }
        };
        recomputer.votesChanged("a");
        scheduler.advance(ms(250));
        assertThat(runs).hasSize(1);
        scheduler.advance(ms(0));
        assertThat(runs).hasSize(2);
        scheduler.advance(ms(10_000));
        assertThat(runs).hasSize(2);
        assertThat(recomputer.isIdle("a")).isTrue();
    }

    @Test
    void deliberationsAreCoalescedSeparately() {
        recomputer.votesChanged("a");
        scheduler.advance(ms(100));
        recomputer.votesChanged("b");
        scheduler.advance(ms(1_000));
        assertThat(runs).containsExactly("a", "b");
    }

    @Test
    void aFailedRecomputeIsReportedAndTheNextVoteTriesAgain() {
        work = deliberation -> {
            if (runs.size() == 1) {
                throw new IllegalStateException("database down");
            }
        };
        recomputer.votesChanged("a");
        scheduler.advance(ms(250));
        assertThat(runs).containsExactly("a", "a failed");
        assertThat(recomputer.isIdle("a")).isTrue();
        recomputer.votesChanged("a");
        scheduler.advance(ms(250));
        assertThat(runs).containsExactly("a", "a failed", "a");
    }

    @Test
    void neverMoreThanOneRecomputePerDeliberationRunsAtOnceOnRealThreads() throws InterruptedException {
        ScheduledExecutorService executor = Executors.newScheduledThreadPool(4);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger recomputes = new AtomicInteger();
        CountDownLatch lastVoteSeen = new CountDownLatch(1);
        AtomicInteger votesCast = new AtomicInteger();
        Recomputer<String> real = Recomputer.on(executor, new Recomputer.Timing(Duration.ZERO, ms(50)), deliberation -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            int seen = votesCast.get();
            sleep(2);
            recomputes.incrementAndGet();
            running.decrementAndGet();
            if (seen == 2_000) {
                lastVoteSeen.countDown();
            }
        }, (deliberation, failure) -> { });
        Thread[] voters = new Thread[4];
        for (int t = 0; t < voters.length; t++) {
            voters[t] = new Thread(() -> {
                for (int i = 0; i < 500; i++) {
                    votesCast.incrementAndGet();
                    real.votesChanged("a");
                }
            });
            voters[t].start();
        }
        for (Thread voter : voters) {
            voter.join();
        }
        assertThat(lastVoteSeen.await(10, TimeUnit.SECONDS)).isTrue();
        executor.shutdown();
        assertThat(executor.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mostAtOnce.get()).isEqualTo(1);
        assertThat(recomputes.get()).isLessThan(2_000);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
