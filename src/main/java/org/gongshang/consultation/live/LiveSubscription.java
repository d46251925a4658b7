package org.gongshang.consultation.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One follower's connection: frames wait in a bounded queue and one virtual thread writes them,
 * several at a time when it fell behind (one flush for all). Publishing never blocks: when the
 * queue is full the subscriber is dropped, and its browser reconnects and reloads the state.
 */
public final class LiveSubscription {

    private static final MediaType UTF8_TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    private static final LiveFrame CLOSE = new LiveFrame("", "");

    private final String audience;
    private final SseEmitter emitter;
    private final BlockingQueue<LiveFrame> queue;
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final Runnable onClose;

    LiveSubscription(String audience, SseEmitter emitter, int buffer, Runnable onClose) {
        this.audience = audience;
        this.emitter = emitter;
        this.queue = new ArrayBlockingQueue<>(buffer);
        this.onClose = onClose;
        emitter.onCompletion(this::close);
        emitter.onTimeout(this::close);
        emitter.onError(error -> close());
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
            emitter.complete();
            return false;
        }
        return true;
    }

    void close() {
        if (open.compareAndSet(true, false)) {
            queue.clear();
            queue.offer(CLOSE);
            onClose.run();
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
                StringBuilder text = new StringBuilder();
                batch.forEach(frame -> text.append(frame.text()));
                batch.clear();
                emitter.send(Set.of(new DataWithMediaType(text.toString(), UTF8_TEXT)));
            }
        } catch (IOException | IllegalStateException gone) {
            // The client went away; the container completes the emitter.
            close();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            close();
        }
    }
}
