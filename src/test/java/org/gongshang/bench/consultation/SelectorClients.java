package org.gongshang.bench.consultation;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * SSE clients for {@link FanOutClient} that cost the machine little: all connections of one thread
 * on one selector, each with a small state machine that undoes the chunked transfer encoding and
 * scans {@code data:} lines as bytes. The server under test gets the CPU the clients do not use.
 */
final class SelectorClients implements Runnable {

    private static final byte[] DATA = "data:seq=".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "data:end".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] REQUEST = "GET /events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final Selector selector;
    private final long[] latencies;
    private final AtomicInteger recorded;
    private final AtomicLong received;
    private final AtomicInteger finished;
    private final int connections;

    SelectorClients(int port, int connections, long[] latencies, AtomicInteger recorded, AtomicLong received,
            AtomicInteger finished) throws IOException {
        this.selector = Selector.open();
        this.latencies = latencies;
        this.recorded = recorded;
        this.received = received;
        this.finished = finished;
        this.connections = connections;
        for (int i = 0; i < connections; i++) {
            SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
            channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
            channel.write(ByteBuffer.wrap(REQUEST));
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ, new Connection());
            if (i % 100 == 99) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void run() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
        byte[] bytes = new byte[64 * 1024];
        int open = connections;
        try {
            while (open > 0 && !Thread.currentThread().isInterrupted()) {
                selector.select(1000);
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    SocketChannel channel = (SocketChannel) key.channel();
                    Connection connection = (Connection) key.attachment();
                    buffer.clear();
                    int read = channel.read(buffer);
                    if (read < 0 || connection.consume(buffer.flip(), bytes)) {
                        key.cancel();
                        channel.close();
                        finished.incrementAndGet();
                        open--;
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One connection's parse state: headers, then chunk sizes and chunk data, lines within the data. */
    private final class Connection {

        private boolean headers = true;
        private int headerNewlines;
        private boolean inSize = true;
        private long remaining;
        private int skip;
        private final StringBuilder size = new StringBuilder();
        private final byte[] line = new byte[4 * 1024];
        private int length;

        /** @return true when the stream ended (the "end" event) */
        boolean consume(ByteBuffer input, byte[] bytes) {
            int n = input.remaining();
            input.get(bytes, 0, n);
            for (int i = 0; i < n; i++) {
                byte b = bytes[i];
                if (headers) {
                    headerNewlines = b == '\n' ? headerNewlines + 1 : b == '\r' ? headerNewlines : 0;
                    headers = headerNewlines < 2;
                    continue;
                }
                if (skip > 0) {
                    skip--;
                    continue;
                }
                if (inSize) {
                    if (b == '\n') {
                        String hex = size.toString().strip();
                        size.setLength(0);
                        if (hex.isEmpty()) {
                            continue;
                        }
                        remaining = Long.parseLong(hex, 16);
                        inSize = remaining == 0;
                    } else if (b != '\r') {
                        size.append((char) b);
                    }
                    continue;
                }
                if (--remaining == 0) {
                    inSize = true;
                    skip = 2;
                }
                if (b != '\n') {
                    if (length < line.length) {
                        line[length++] = b;
                    }
                    continue;
                }
                if (startsWith(END)) {
                    return true;
                }
                if (startsWith(DATA)) {
                    long published = timestamp();
                    if (published > 0) {
                        long latency = nowMicros() - published;
                        received.incrementAndGet();
                        int slot = recorded.getAndIncrement();
                        if (slot < latencies.length) {
                            latencies[slot] = latency;
                        }
                    }
                }
                length = 0;
            }
            return false;
        }

        private boolean startsWith(byte[] prefix) {
            if (length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if (line[i] != prefix[i]) {
                    return false;
                }
            }
            return true;
        }

        private long timestamp() {
            for (int i = DATA.length; i + 2 < length; i++) {
                if (line[i] == ';' && line[i + 1] == 't' && line[i + 2] == '=') {
                    long value = 0;
                    for (int j = i + 3; j < length && line[j] >= '0' && line[j] <= '9'; j++) {
                        value = value * 10 + (line[j] - '0');
                    }
                    return value;
                }
            }
            return -1;
        }
    }

    private static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }
}
