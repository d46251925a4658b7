package org.gongshang.consultation.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/** The fan-out without HTTP: order per subscriber, one render per audience, and a stalled follower delays nobody. */
class LiveChannelsTests {

    /** A sink that collects what it is sent; it can be made to hang like a stalled connection. */
    static final class RecordingSink implements LiveSink {

        final ByteArrayOutputStream written = new ByteArrayOutputStream();
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicBoolean closed = new AtomicBoolean();
        private final boolean stalled;
        private Runnable onClose = () -> {
        };

        RecordingSink(boolean stalled) {
            this.stalled = stalled;
        }

        @Override
        public synchronized void write(byte[] bytes) {
            written.writeBytes(bytes);
        }

        final java.util.concurrent.atomic.AtomicInteger flushes = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public void flush() {
            flushes.incrementAndGet();
            if (stalled) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void close() {
            closed.set(true);
            onClose.run();
        }

        @Override
        public void onClose(Runnable callback) {
            this.onClose = callback;
        }

        synchronized String text() {
            return written.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void framesArriveInOrderAsServerSentEvents() {
        LiveChannels channels = new LiveChannels(16);
        RecordingSink sink = new RecordingSink(false);
        channels.subscribe(1, "json", sink);
        for (int i = 1; i <= 5; i++) {
            int n = i;
            channels.publish(1, "turn", audience -> "{\"n\":" + n + "}");
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> sink.text().contains("{\"n\":5}"));
        assertThat(sink.text()).startsWith("event:turn\ndata:{\"n\":1}\n\n")
                .containsSubsequence("{\"n\":1}", "{\"n\":2}", "{\"n\":3}", "{\"n\":4}", "{\"n\":5}");
    }

    @Test
    void eachAudienceIsRenderedOnceWhateverTheNumberOfSubscribers() {
        LiveChannels channels = new LiveChannels(16);
        for (int i = 0; i < 50; i++) {
            channels.subscribe(1, i % 2 == 0 ? "page:zh" : "page:en", new RecordingSink(false));
        }
        java.util.List<String> rendered = new java.util.concurrent.CopyOnWriteArrayList<>();
        channels.publish(1, "stats", audience -> {
            rendered.add(audience);
            return "<p>" + audience + "</p>";
        });
        assertThat(rendered).containsExactlyInAnyOrder("page:zh", "page:en");
        assertThat(channels.audiences(1)).containsExactlyInAnyOrder("page:zh", "page:en");
    }

    @Test
    void aStalledFollowerIsDroppedWhenItsQueueIsFullAndTheOthersGetEverything() throws InterruptedException {
        LiveChannels channels = new LiveChannels(16);
        RecordingSink stalled = new RecordingSink(true);
        RecordingSink healthy = new RecordingSink(false);
        channels.subscribe(7, "page:zh", stalled);
        channels.subscribe(7, "page:zh", healthy);
        // Paced like a session (events come seconds apart there), so that the healthy writer keeps up.
        for (int i = 1; i <= 60; i++) {
            int n = i;
            channels.publish(7, "stream", audience -> "line " + n + ";");
            Thread.sleep(2);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> healthy.text().contains("line 60;"));
        assertThat(stalled.closed).isTrue();
        assertThat(channels.subscribers(7)).isEqualTo(1);
        stalled.release.countDown();
    }

    @Test
    void framesArrivingWhileTheWriterLingersGoOutWithOneFlush() {
        LiveChannels channels = new LiveChannels(16, Duration.ofMillis(300));
        RecordingSink sink = new RecordingSink(false);
        channels.subscribe(9, "json", sink);
        for (int i = 1; i <= 3; i++) {
            int n = i;
            channels.publish(9, "turn", audience -> String.valueOf(n));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> sink.text().contains("data:3"));
        assertThat(sink.text()).containsSubsequence("data:1", "data:2", "data:3");
        assertThat(sink.flushes.get()).isEqualTo(1);
    }

    @Test
    void multiLineDataBecomesOneDataLineEach() {
        assertThat(new String(LiveFrame.of("stream", "a\nb").bytes(), StandardCharsets.UTF_8))
                .isEqualTo("event:stream\ndata:a\ndata:b\n\n");
    }
}
