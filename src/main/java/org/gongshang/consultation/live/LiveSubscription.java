package org.gongshang.consultation.live;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One follower's connection: frames wait in a bounded queue and one virtual thread writes them,
 * several at a time when it fell behind (one flush for all). Publishing never blocks: when
 * the queue is full the subscriber is dropped, and its browser reconnects and reloads the state.
 */
public final class LiveSubscription {

    private static final LiveFrame CLOSE = new LiveFrame("", new byte[0]);

    private final String audience;
    private final LiveSink sink;
    private final BlockingQueue<LiveFrame> queue;
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final Runnable onClose;

    LiveSubscription(String audience, LiveSink sink, int buffer, Runnable onClose) {
        this.audience = audience;
        this.sink = sink;
        this.queue = new ArrayBlockingQueue<>(buffer);
        this.onClose = onClose;
        sink.onClose(this::close);
        Thread.ofVirtual().name("live-writer").start(this::writeLoop);
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
        if (!queue.offer(frame)) {
            close();
            return false;
        }
        return true;
    }

    void close() {
        if (open.compareAndSet(true, false)) {
            queue.clear();
            queue.offer(CLOSE);
            onClose.run();
            sink.close();
        }
    }

    private void writeLoop() {
        List<LiveFrame> batch = new ArrayList<>();
        try {
            while (open.get()) {
                batch.add(queue.take());
                queue.drainTo(batch);
                if (!open.get() || batch.contains(CLOSE)) {
                    return;
                }
                // Frames are shared by all subscribers; written one after the other and flushed once.
                for (LiveFrame frame : batch) {
                    sink.write(frame.bytes());
                }
                sink.flush();
                batch.clear();
            }
        } catch (IOException | IllegalStateException gone) {
            // The client went away.
            close();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            close();
        }
    }
}
