package org.gongshang.bench.consultation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * N real HTTP/1.1 SSE clients of {@link FanOutServer} (one socket each; by default served by
 * {@link SelectorClients}, with {@code -Dclients=threads} one virtual thread each): they
 * connect, the server publishes at the given rate, and each client records the delay from the moment
 * an event was published to the moment its data line arrived. Prints p50, p99, max, losses and the
 * server's heap. Usage: {@code FanOutClient <port> <subscribers> <events per second> <seconds>}.
 */
public final class FanOutClient {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int subscribers = Integer.parseInt(args[1]);
        int rate = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        long expected = (long) rate * seconds;

        long[] latencies = new long[(int) Math.min(Integer.MAX_VALUE - 8, expected * subscribers)];
        AtomicInteger recorded = new AtomicInteger();
        AtomicLong received = new AtomicLong();
        AtomicInteger failed = new AtomicInteger();
        CountDownLatch connected = new CountDownLatch(subscribers);
        CountDownLatch finished = new CountDownLatch(subscribers);
        List<Socket> sockets = new CopyOnWriteArrayList<>();

        boolean threads = "threads".equals(System.getProperty("clients", "selector"));
        AtomicInteger selectorFinished = new AtomicInteger();
        List<Thread> selectorThreads = new java.util.ArrayList<>();
        if (!threads) {
            // 2,500 connections per selector thread: cheap clients leave the CPU to the server under test.
            for (int remaining = subscribers; remaining > 0; remaining -= 2_500) {
                SelectorClients clients = new SelectorClients(port, Math.min(2_500, remaining), latencies, recorded, received,
                        selectorFinished);
                selectorThreads.add(Thread.ofPlatform().name("sse-clients").start(clients));
            }
            for (int i = 0; i < subscribers; i++) {
                connected.countDown();
            }
        }
        for (int i = 0; threads && i < subscribers; i++) {
            Thread.ofVirtual().start(() -> {
                try (Socket socket = connect(port)) {
                    sockets.add(socket);
                    OutputStream out = socket.getOutputStream();
                    out.write("GET /events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    InputStream body = new ChunkedBody(new java.io.BufferedInputStream(socket.getInputStream(), 8 * 1024));
                    connected.countDown();
                    // Lines are scanned as bytes: no text decoding, so the client spends little of the machine.
                    byte[] buffer = new byte[8 * 1024];
                    byte[] line = new byte[4 * 1024];
                    int length = 0;
                    int read;
                    reading:
                    while ((read = body.read(buffer, 0, buffer.length)) > 0) {
                        for (int at = 0; at < read; at++) {
                            byte b = buffer[at];
                            if (b != '\n') {
                                if (length < line.length) {
                                    line[length++] = b;
                                }
                                continue;
                            }
                            if (startsWith(line, length, END)) {
                                break reading;
                            }
                            long published = timestamp(line, length);
                            length = 0;
                            if (published < 0) {
                                continue;
                            }
                            long latency = nowMicros() - published;
                            received.incrementAndGet();
                            int slot = recorded.getAndIncrement();
                            if (slot < latencies.length) {
                                latencies[slot] = latency;
                            }
                        }
                    }
                } catch (IOException e) {
                    failed.incrementAndGet();
                    connected.countDown();
                } finally {
                    finished.countDown();
                }
            });
            if (i % 200 == 199) {
                Thread.sleep(20);
            }
        }
        connected.await(120, TimeUnit.SECONDS);
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port;
        for (int i = 0; i < 600 && Integer.parseInt(get(http, base + "/subscribers")) < subscribers - failed.get(); i++) {
            Thread.sleep(100);
        }
        int subscribed = Integer.parseInt(get(http, base + "/subscribers"));
        long serverCpuBefore = Long.parseLong(get(http, base + "/cpu"));
        long clientCpuBefore = cpuMillis();
        long start = System.nanoTime();
        http.send(HttpRequest.newBuilder(URI.create(base + "/run?rate=" + rate + "&seconds=" + seconds))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        boolean done;
        if (threads) {
            done = finished.await(seconds + 60L, TimeUnit.SECONDS);
        } else {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds + 60L);
            while (selectorFinished.get() < subscribers && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            done = selectorFinished.get() >= subscribers;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long serverCpu = Long.parseLong(get(http, base + "/cpu")) - serverCpuBefore;
        long clientCpu = cpuMillis() - clientCpuBefore;
        String heap = get(http, base + "/heap");
        sockets.forEach(FanOutClient::closeQuietly);

        int n = Math.min(recorded.get(), latencies.length);
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        long lost = expected * subscribed - received.get();
        System.out.printf("subscribers=%d (connected %d, failed %d) rate=%d/s seconds=%d events=%d deliveries=%d lost=%d%s%n",
                subscribers, subscribed, failed.get(), rate, seconds, expected, received.get(), lost, done ? "" : " (timed out)");
        System.out.printf("delivery latency p50=%.1f ms p99=%.1f ms p99.9=%.1f ms max=%.1f ms; %.0f deliveries/s over %.1f s%n",
                percentile(sorted, 0.50) / 1000.0, percentile(sorted, 0.99) / 1000.0, percentile(sorted, 0.999) / 1000.0,
                n == 0 ? 0 : sorted[n - 1] / 1000.0, received.get() / elapsed, elapsed);
        System.out.printf("cpu during the run: server %.2f cores, client %.2f cores; load average %s%n",
                serverCpu / 1000.0 / elapsed, clientCpu / 1000.0 / elapsed,
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
        System.out.println("server heap " + heap);
        System.exit(0);
    }

    private static final byte[] DATA = "data:seq=".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "data:end".getBytes(StandardCharsets.US_ASCII);

    private static boolean startsWith(byte[] line, int length, byte[] prefix) {
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

    /** The publication time in a {@code data:seq=N;t=MICROS;...} line, or -1 for other lines. */
    private static long timestamp(byte[] line, int length) {
        if (!startsWith(line, length, DATA)) {
            return -1;
        }
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

    private static Socket connect(int port) throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                Socket socket = new Socket("127.0.0.1", port);
                socket.setTcpNoDelay(true);
                return socket;
            } catch (IOException e) {
                last = e;
                try {
                    Thread.sleep(50L * (attempt + 1));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
        throw last;
    }

    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }

    private static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
    }

    private static String get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing at the end of the run
        }
    }

    /** The body of an HTTP/1.1 response with chunked transfer encoding, after its headers. */
    static final class ChunkedBody extends InputStream {

        private final InputStream in;
        private long remaining;
        private boolean headersRead;
        private boolean chunked;
        private boolean ended;

        ChunkedBody(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (!headersRead) {
                readHeaders();
            }
            if (!chunked) {
                return in.read(buffer, offset, length);
            }
            if (ended) {
                return -1;
            }
            if (remaining == 0) {
                String size = line();
                if (size.isEmpty()) {
                    size = line();
                }
                int semicolon = size.indexOf(';');
                remaining = Long.parseLong(semicolon < 0 ? size.strip() : size.substring(0, semicolon).strip(), 16);
                if (remaining == 0) {
                    ended = true;
                    return -1;
                }
            }
            int read = in.read(buffer, offset, (int) Math.min(length, remaining));
            if (read > 0) {
                remaining -= read;
                if (remaining == 0) {
                    line();
                }
            }
            return read;
        }

        private void readHeaders() throws IOException {
            headersRead = true;
            String header;
            while (!(header = line()).isEmpty()) {
                if (header.toLowerCase().startsWith("transfer-encoding:") && header.toLowerCase().contains("chunked")) {
                    chunked = true;
                }
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0 && c != '\n') {
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }
}
