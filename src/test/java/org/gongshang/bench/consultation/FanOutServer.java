package org.gongshang.bench.consultation;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.consultation.live.LiveChannels;
import org.gongshang.consultation.live.ServletLiveSink;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The consultation module's live fan-out alone, behind the same servlet stack as the application
 * (Tomcat on virtual threads, an async servlet response per subscriber written by
 * {@link ServletLiveSink}), for the fan-out benchmark: one session, its subscribers on
 * {@code GET /events}, and a publisher started by {@code POST /run} that sends events at a fixed
 * rate, each carrying the moment it was published. Not a test; run by
 * {@code bench/consultation-fanout/run.sh}. Deliberately without stereotype annotations, so that the
 * application's component scan in tests does not pick it up.
 */
@ImportAutoConfiguration(TomcatServletWebServerAutoConfiguration.class)
public class FanOutServer {

    static final long CONSULTATION = 1;
    static final String AUDIENCE = "page:zh";
    /** About the size of a rendered turn panel. */
    static final String PADDING = "<h2>当前发言</h2><p class=\"speaker\"><strong id=\"current-speaker\">李明</strong>"
            + "<span class=\"category\">群众代表</span></p><p class=\"countdown\" data-ends-at=\"1765332000000\">"
            + "<span>剩余时间</span><time class=\"clock\">3:00</time></p><div class=\"controls\">"
            + "x".repeat(300) + "</div>";

    static final LiveChannels CHANNELS = new LiveChannels(512, java.time.Duration.ofMillis(Long.getLong("linger", 60)));
    static final AtomicLong PEAK_HEAP = new AtomicLong();

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(FanOutServer.class);
        application.setDefaultProperties(Map.of("spring.threads.virtual.enabled", "true", "server.tomcat.max-connections", "20000",
                "server.tomcat.accept-count", "2000", "spring.main.banner-mode", "off", "logging.level.root", "WARN"));
        application.run(args);
        Thread.ofPlatform().daemon().start(() -> {
            while (true) {
                PEAK_HEAP.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        System.out.println("fan-out server ready");
    }

    @Bean
    ServletRegistrationBean<HttpServlet> endpoints() {
        ServletRegistrationBean<HttpServlet> registration = new ServletRegistrationBean<>(new Endpoints(), "/*");
        registration.setAsyncSupported(true);
        return registration;
    }

    static final class Endpoints extends HttpServlet {

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            switch (request.getRequestURI()) {
                case "/events" -> CHANNELS.subscribe(CONSULTATION, AUDIENCE, ServletLiveSink.start(request, response, 30L * 60 * 1000));
                case "/subscribers" -> text(response, String.valueOf(CHANNELS.subscribers(CONSULTATION)));
                case "/cpu" -> text(response, String.valueOf(cpuMillis()));
                case "/heap" -> text(response, heap());
                default -> response.sendError(404);
            }
        }

        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (!request.getRequestURI().equals("/run")) {
                response.sendError(404);
                return;
            }
            int rate = Integer.parseInt(request.getParameter("rate"));
            int seconds = Integer.parseInt(request.getParameter("seconds"));
            text(response, "running " + run(rate, seconds));
        }

        /** Publishes {@code rate} events a second for {@code seconds}, then a final "end" event. */
        private static long run(int rate, int seconds) {
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
            long total = (long) rate * seconds;
            AtomicLong sequence = new AtomicLong();
            PEAK_HEAP.set(0);
            timer.scheduleAtFixedRate(() -> {
                long n = sequence.incrementAndGet();
                if (n > total) {
                    CHANNELS.publish(CONSULTATION, "end", audience -> "end");
                    timer.shutdown();
                    return;
                }
                Instant now = Instant.now();
                long micros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
                CHANNELS.publish(CONSULTATION, "turn", audience -> "seq=" + n + ";t=" + micros + ";" + PADDING);
            }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
            return total;
        }

        /** Heap: the peak used during the run, and what stays after a full collection; CPU time used so far. */
        private static String heap() {
            long peak = PEAK_HEAP.get();
            System.gc();
            System.gc();
            var usage = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            return "{\"peakUsed\":%d,\"liveAfterGc\":%d,\"max\":%d,\"cpuMillis\":%d}".formatted(peak, usage.getUsed(),
                    usage.getMax(), cpuMillis());
        }

        private static long cpuMillis() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
        }

        private static void text(HttpServletResponse response, String body) throws IOException {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(body);
        }
    }
}
