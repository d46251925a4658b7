package org.gongshang.bench.consultation;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongshang.consultation.live.LiveChannels;
import org.gongshang.consultation.live.ServletLiveSink;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The consultation module's live fan-out alone, behind the same servlet stack as the application
 * (Tomcat on virtual threads, Spring MVC, an async servlet response per subscriber), for the fan-out benchmark: one session,
 * its subscribers on {@code GET /events}, and a publisher started by {@code POST /run} that sends
 * events at a fixed rate, each carrying the moment it was published. Not a test; run by
 * {@code bench/consultation-fanout/run.sh}.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class})
@Import(FanOutServer.Endpoints.class)
public class FanOutServer {

    static final long CONSULTATION = 1;
    static final String AUDIENCE = "page:zh";
    /** About the size of a rendered turn panel. */
    static final String PADDING = "<h2>当前发言</h2><p class=\"speaker\"><strong id=\"current-speaker\">李明</strong>"
            + "<span class=\"category\">群众代表</span></p><p class=\"countdown\" data-ends-at=\"1765332000000\">"
            + "<span>剩余时间</span><time class=\"clock\">3:00</time></p><div class=\"controls\">"
            + "x".repeat(300) + "</div>";

    static final LiveChannels CHANNELS = new LiveChannels(512);
    static final AtomicLong PEAK_HEAP = new AtomicLong();

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(FanOutServer.class);
        application.setDefaultProperties(Map.of("spring.threads.virtual.enabled", "true", "server.tomcat.max-connections", "20000",
                "server.tomcat.accept-count", "2000", "spring.main.banner-mode", "off", "logging.level.root", "WARN",
                "spring.mvc.async.request-timeout", "-1"));
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

    @RestController
    static class Endpoints {

        @GetMapping(value = "/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
        void events(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
            CHANNELS.subscribe(CONSULTATION, AUDIENCE, ServletLiveSink.start(request, response, 30L * 60 * 1000));
        }

        @GetMapping("/subscribers")
        int subscribers() {
            return CHANNELS.subscribers(CONSULTATION);
        }

        /** Publishes {@code rate} events a second for {@code seconds}, then a final "end" event. */
        @PostMapping("/run")
        String run(@RequestParam int rate, @RequestParam int seconds) {
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
            return "running " + total;
        }

        /** Heap: the peak used during the run, and what stays after a full collection; CPU time used so far. */
        @GetMapping("/heap")
        Map<String, Long> heap() {
            long peak = PEAK_HEAP.get();
            System.gc();
            System.gc();
            var usage = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            return Map.of("peakUsed", peak, "liveAfterGc", usage.getUsed(), "max", usage.getMax(), "cpuMillis", cpuMillis());
        }

        @GetMapping("/cpu")
        long cpu() {
            return cpuMillis();
        }

        private static long cpuMillis() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
        }
    }
}
