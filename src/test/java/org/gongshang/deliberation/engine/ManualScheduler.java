package org.gongshang.deliberation.engine;

import java.time.Duration;
import java.util.PriorityQueue;

/* A scheduler and clock that move only when a test says so; due tasks run on the test's thread. */
final class ManualScheduler implements Recomputer.Scheduler {

    private record Task(long due, long order, Runnable runnable) {
    }

    private final PriorityQueue<Task> tasks = new PriorityQueue<>(
            (a, b) -> a.due() != b.due() ? Long.compare(a.due(), b.due()) : Long.compare(a.order(), b.order()));
    private long now;
    private long order;

    @Override
    public void schedule(Runnable task, long delayNanos) {
        tasks.add(new Task(now + delayNanos, order++, task));
    }

    long nanoTime() {
        return now;
    }

    /* Moves the clock without running anything, as if a running task took this long. */
    void spend(Duration duration) {
        now += duration.toNanos();
    }

    /* Moves the clock forward, running each task when its time comes. */
    void advance(Duration duration) {
        long target = now + duration.toNanos();
        while (!tasks.isEmpty() && tasks.peek().due() <= target) {
            Task task = tasks.poll();
            now = Math.max(now, task.due());
            task.runnable().run();
        }
        now = Math.max(now, target);
    }
}
