package org.gongshang.deliberation.engine;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Coalesces "votes changed" notifications into recomputes, per deliberation (the key): at most
 * one recompute per key is in flight; notifications that arrive meanwhile mark the key dirty, and
 * exactly one more recompute follows. A recompute starts once votes have been quiet for the quiet
 * period, but never later than the maximum delay after the first vote it has not yet seen (unless
 * the previous recompute is still running). Plain java.util.concurrent; the caller owns the
 * scheduler's threads, and recomputes run on them.
 *
 * @param <K> what identifies a deliberation
 */
public final class Recomputer<K> {

    /** Runs a task after a delay; {@link #on} adapts a {@link ScheduledExecutorService}. */
    @FunctionalInterface
    public interface Scheduler {
        void schedule(Runnable task, long delayNanos);
    }

    /**
     * When a recompute starts.
     *
     * @param quietPeriod wait for this long without new votes...
     * @param maxDelay ...but no longer than this after the first unprocessed vote
     */
    public record Timing(Duration quietPeriod, Duration maxDelay) {

        public static Timing defaults() {
            return new Timing(Duration.ofMillis(250), Duration.ofSeconds(2));
        }
    }

    private static final long NONE = Long.MIN_VALUE;

    /** Mutable, but only touched inside {@link ConcurrentHashMap#compute}, which locks the key. */
    private static final class Slot {
        boolean scheduled;
        boolean running;
        long firstPending = NONE;
        long lastNotified = NONE;

        long due(long quiet, long maxDelay) {
            return Math.min(lastNotified + quiet, firstPending + maxDelay);
        }
    }

    private final Map<K, Slot> slots = new ConcurrentHashMap<>();
    private final Scheduler scheduler;
    private final LongSupplier nanoClock;
    private final long quiet;
    private final long maxDelay;
    private final Consumer<K> recompute;
    private final BiConsumer<K, RuntimeException> onFailure;

    /**
     * @param scheduler runs the recomputes
     * @param nanoClock monotonic time in nanoseconds, {@code System::nanoTime} in production
     * @param timing quiet period and maximum delay
     * @param recompute the work, e.g. load votes, analyze, store and publish the analysis
     * @param onFailure told when a recompute throws; the next notification tries again
     */
    public Recomputer(Scheduler scheduler, LongSupplier nanoClock, Timing timing, Consumer<K> recompute,
            BiConsumer<K, RuntimeException> onFailure) {
        this.scheduler = scheduler;
        this.nanoClock = nanoClock;
        this.quiet = timing.quietPeriod().toNanos();
        this.maxDelay = timing.maxDelay().toNanos();
        this.recompute = recompute;
        this.onFailure = onFailure;
    }

    /** A recomputer on an executor's threads and the system's monotonic clock. */
    public static <K> Recomputer<K> on(ScheduledExecutorService executor, Timing timing, Consumer<K> recompute,
            BiConsumer<K, RuntimeException> onFailure) {
        return new Recomputer<>((task, delay) -> executor.schedule(task, delay, TimeUnit.NANOSECONDS),
                System::nanoTime, timing, recompute, onFailure);
    }

    /** Notes that a deliberation's votes changed; returns at once. */
    public void votesChanged(K deliberation) {
        long now = nanoClock.getAsLong();
        boolean[] schedule = {false};
        slots.compute(deliberation, (key, existing) -> {
            Slot slot = existing == null ? new Slot() : existing;
            if (slot.firstPending == NONE) {
                slot.firstPending = now;
            }
            slot.lastNotified = now;
            if (!slot.running && !slot.scheduled) {
                slot.scheduled = true;
                schedule[0] = true;
            }
            return slot;
        });
        if (schedule[0]) {
            scheduler.schedule(() -> fire(deliberation), Math.min(quiet, maxDelay));
        }
    }

    /** Whether nothing is scheduled or running for the deliberation. */
    public boolean isIdle(K deliberation) {
        return !slots.containsKey(deliberation);
    }

    private void fire(K deliberation) {
        long now = nanoClock.getAsLong();
        long[] wait = {NONE};
        slots.compute(deliberation, (key, slot) -> {
            if (slot == null) {
                return null;
            }
            long due = slot.due(quiet, maxDelay);
            if (now < due) {
                wait[0] = due - now; // more votes came during the quiet period: wait a little more
            } else {
                slot.scheduled = false;
                slot.running = true;
                slot.firstPending = NONE;
            }
            return slot;
        });
        if (wait[0] != NONE) {
            scheduler.schedule(() -> fire(deliberation), wait[0]);
            return;
        }
        try {
            recompute.accept(deliberation);
        } catch (RuntimeException e) {
            onFailure.accept(deliberation, e);
        } finally {
            finished(deliberation);
        }
    }

    private void finished(K deliberation) {
        long now = nanoClock.getAsLong();
        long[] next = {NONE};
        slots.compute(deliberation, (key, slot) -> {
            slot.running = false;
            if (slot.firstPending == NONE) {
                return null;
            }
            slot.scheduled = true;
            next[0] = Math.max(0, slot.due(quiet, maxDelay) - now);
            return slot;
        });
        if (next[0] != NONE) {
            scheduler.schedule(() -> fire(deliberation), next[0]);
        }
    }
}
