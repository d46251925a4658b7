package org.gongshang.consultation.live;

import java.io.IOException;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * One follower's connection: frames wait in a bounded queue, and a virtual thread is started to
 * write them only when there is something to write — one writer at a time, taking everything
 * waiting (one flush for all). Nothing is parked while a session is quiet, and publishing takes no
 * lock and never blocks: when the queue is full the subscriber is dropped, and its browser
 * reconnects and reloads the state.
 */
public final class LiveSubscription {

    private final String audience;
    private final LiveSink sink;
    private final int buffer;
    private final long lingerNanos;
    private final Queue<LiveFrame> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final Runnable onClose;

    LiveSubscription(String audience, LiveSink sink, int buffer, Duration linger, Runnable onClose) {
        this.audience = audience;
        this.sink = sink;
        this.buffer = buffer;
        this.lingerNanos = linger.toNanos();
        this.onClose = onClose;
        sink.onClose(this::close);
    }

    public String audience() {
        return audience;
    }

    public boolean isOpen() {
        return open.get();
    }

    /** @return false when the subscriber was dropped for falling behind (or was closed) */
    public boolean offer(LiveFrame frame) {
        if (!open.get()) {
            return false;
        }
        if (waiting.incrementAndGet() > buffer) {
            close();
            return false;
        }
        queue.add(frame);
        if (writing.compareAndSet(false, true)) {
            Thread.ofVirtual().name("live-writer").start(this::drain);
        }
        return true;
    }

    void close() {
        if (open.compareAndSet(true, false)) {
            queue.clear();
            onClose.run();
            sink.close();
        }
    }

    /** Writes what is waiting; hands over to a new writer only if frames arrived after it let go. */
    private void drain() {
        if (lingerNanos > 0) {
            // Frames that arrive meanwhile go out with this one: one write and one flush for several.
            LockSupport.parkNanos(lingerNanos);
        }
        try {
            do {
                int written = 0;
                for (LiveFrame frame; open.get() && (frame = queue.poll()) != null; written++) {
                    sink.write(frame.bytes());
                }
                if (written > 0) {
                    waiting.addAndGet(-written);
                    sink.flush();
                }
                writing.set(false);
            } while (open.get() && !queue.isEmpty() && writing.compareAndSet(false, true));
        } catch (IOException | IllegalStateException gone) {
            // The client went away.
            writing.set(false);
            close();
        }
    }
}
