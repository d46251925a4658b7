package org.gongshang.consultation.live;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An event stream on the servlet response itself, in async mode: the request thread returns at once
 * and the subscriber's writer thread writes the pre-encoded frames straight to the output stream,
 * with none of the per-message conversion of a {@code SseEmitter}. The stream is sent uncompressed
 * ({@code Content-Encoding: identity}, which Tomcat respects): compressing every small flush for
 * thousands of followers would cost more CPU and memory (a deflater per connection) than it saves.
 */
public final class ServletLiveSink implements LiveSink {

    private final AsyncContext async;
    private final ServletOutputStream out;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Runnable onClose = () -> {
    };

    private ServletLiveSink(AsyncContext async, ServletOutputStream out) {
        this.async = async;
        this.out = out;
    }

    /** Starts the event stream of this request; {@code timeoutMillis} after which it ends (the browser reconnects). */
    public static ServletLiveSink start(HttpServletRequest request, HttpServletResponse response, long timeoutMillis)
            throws IOException {
        response.setStatus(200);
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache, no-transform");
        response.setHeader("X-Accel-Buffering", "no");
        response.setHeader("Content-Encoding", "identity");
        AsyncContext async = request.startAsync(request, response);
        async.setTimeout(timeoutMillis);
        ServletLiveSink sink = new ServletLiveSink(async, response.getOutputStream());
        async.addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                sink.ended();
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                sink.close();
            }

            @Override
            public void onError(AsyncEvent event) {
                sink.close();
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
            }
        });
        // Commits the headers now, so the client knows it is connected before the first event.
        response.flushBuffer();
        return sink;
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        out.write(bytes);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                async.complete();
            } catch (IllegalStateException alreadyDone) {
                // the container ended it first
            }
            onClose.run();
        }
    }

    @Override
    public void onClose(Runnable callback) {
        this.onClose = callback;
    }

    private void ended() {
        if (closed.compareAndSet(false, true)) {
            onClose.run();
        }
    }
}
