package org.gongshang.bench.deliberation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.gongshang.GongshangApplication;
import org.gongshang.deliberation.Deliberations;
import org.gongshang.deliberation.ModerationMode;
import org.gongshang.deliberation.NewDeliberation;
import org.gongshang.deliberation.StatementView;
import org.gongshang.deliberation.Statements;
import org.gongshang.deliberation.VoteValue;
import org.gongshang.deliberation.Votes;
import org.gongshang.identity.AccountOpening;
import org.gongshang.identity.Accounts;
import org.gongshang.identity.Passwords;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.CreatedAccount;
import org.gongshang.identity.NewAccount;
import org.gongshang.identity.Role;
import org.gongshang.identity.security.AccessTokens;
import org.gongshang.region.Organizations;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Vote ingestion through the real API on the embedded PostgreSQL: starts the application, makes
 * voters (members with a verified real name) with real bearer tokens, a deliberation with many
 * statements, then lets concurrent HTTP clients vote as fast as the server answers (closed loop) for
 * a fixed time after a warm-up, and prints throughput and latency percentiles. Bounded in time and
 * count; only talks to localhost. Run with bench/deliberation-votes/run.sh; never a test.
 *
 * <p>Arguments: clients (64), voters (200), statements (200), warm-up seconds (15), measured seconds (30), mode:
 * {@code api} (default: HTTP with bearer tokens from JDK clients in this JVM), {@code wrk} (the same requests from
 * Debian's wrk in its own process) or {@code service} (calls {@code Votes.vote} directly: the vote
 * path without HTTP, security and the token look-up). Further arguments ({@code --name=value}) go to the application,
 * e.g. {@code --spring.threads.virtual.enabled=false}.
 */
public final class VoteIngestionBenchmark {

    public static void main(String[] args) throws Exception {
        int clients = arg(args, 0, 64);
        int voters = arg(args, 1, 200);
        int statementCount = arg(args, 2, 200);
        int warmUp = arg(args, 3, 15);
        int measured = arg(args, 4, 30);
        String mode = args.length > 5 ? args[5] : "api";
        Path data = Files.createTempDirectory("gongshang-bench");
        // Command-line arguments: they win over the test resources' configuration on the classpath.
        List<String> appArgs = new ArrayList<>(List.of("--server.port=0", "--gongshang.data-dir=" + data,
                "--gongshang.embedded-database.clean=true", "--gongshang.demo=true", "--logging.level.root=WARN",
                "--logging.level.org.gongshang=WARN",
                // 200 voters casting thousands of votes a second: far above a person's limit. The limiter still runs on every vote.
                "--gongshang.deliberation.votes-per-minute=1000000000"));
        appArgs.addAll(Arrays.asList(args).subList(Math.min(args.length, 6), args.length));
        ConfigurableApplicationContext app = new SpringApplicationBuilder(GongshangApplication.class).run(appArgs.toArray(String[]::new));
        try {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            String base = "http://localhost:" + port;
            Accounts accounts = app.getBean(Accounts.class);
            AccountOpening opening = app.getBean(AccountOpening.class);
            Passwords passwords = app.getBean(Passwords.class);
            Actors actors = app.getBean(Actors.class);
            AccessTokens tokens = app.getBean(AccessTokens.class);
            long organization = app.getBean(Organizations.class).list(null, null).stream()
                    .filter(o -> o.name().equals("达州市政协")).findFirst().orElseThrow().id();
            Actor admin = actors.of(accounts.findByUsername("admin").orElseThrow().id());
            Actor organiser = actors.of(accounts.findByUsername("staff-tc").orElseThrow().id());

            System.out.printf("Making %d voters with tokens…%n", voters);
            String[] bearer = new String[voters];
            Actor[] voterActors = new Actor[voters];
            SplittableRandom random = new SplittableRandom(20260301);
            for (int i = 0; i < voters; i++) {
                CreatedAccount created = opening.open(new NewAccount("bench" + i, "测试" + (char) ('甲' + i % 10),
                        null, idNumber(random), null, Role.MEMBER, organization, null), admin);
                passwords.change(created.account().id(), created.initialPassword(), "Bench-passw0rd-" + i);
                bearer[i] = tokens.issue(created.account().id()).token();
                voterActors[i] = actors.of(created.account().id());
            }
            List<String> seeds = new ArrayList<>();
            for (int s = 0; s < statementCount; s++) {
                seeds.add("压测观点第" + s + "条");
            }
            long deliberation = app.getBean(Deliberations.class).create(new NewDeliberation("投票压测", "", null, 1L, "511702",
                    ModerationMode.OPEN, null, Instant.now().plus(Duration.ofDays(1)), seeds, List.of()), organiser).id();
            long[] statements = app.getBean(Statements.class).shown(deliberation).stream().mapToLong(StatementView::id).toArray();

            if (mode.equals("wrk")) {
                String route = "/api/v1/deliberations/" + deliberation + "/votes";
                // bench/cluster: the votes go to Nginx in front of other nodes on the same database.
                base = System.getProperty("bench.url", base);
                System.out.printf("wrk warms up for %d s…%n", warmUp);
                WrkLoad.run(base, route, bearer, statements, clients, warmUp);
                JdbcClient jdbc = app.getBean(JdbcClient.class);
                Counter unchangedVotes = app.getBean(MeterRegistry.class).counter(Votes.METER, "outcome", "unchanged");
                long storedBefore = storedVotes(jdbc, deliberation);
                double unchangedBefore = unchangedVotes.count();
                Duration jvmFrom = jvmCpu();
                Duration cpuFrom = cpu(data);
                System.out.printf("wrk: %d connections vote for %d s…%n", clients, measured);
                String report = WrkLoad.run(base, route, bearer, statements, clients, measured);
                Duration cpuUsed = cpu(data).minus(cpuFrom);
                Duration jvmUsed = jvmCpu().minus(jvmFrom);
                long total = WrkLoad.requests(report);
                long failed = WrkLoad.failed(report);
                long stored = storedVotes(jdbc, deliberation) - storedBefore;
                long unchanged = Math.round(unchangedVotes.count() - unchangedBefore);
                System.out.println(report.strip());
                // Every answered vote must be in the history unless it repeated the current vote (then nothing is
                // written): a fast answer that stored nothing would be no figure at all. wrk counts only answers it
                // read before stopping: up to one vote per connection may be handled unanswered at the end, and as
                // many of the warm-up's may still be handled after the counts were taken.
                long handled = stored + unchanged;
                boolean consistent = failed == 0 && handled >= total && handled <= total + 2L * clients;
                System.out.printf("stored: %,d votes in the history and %,d equal to the current vote for %,d answers"
                        + " (%,d failed)%s%n", stored, unchanged, total, failed, consistent ? "" : "  ← MISMATCH");
                System.out.printf("CPU of the server (JVM and its PostgreSQL; wrk not counted): %.2f ms per vote (JVM %.2f ms,"
                        + " PostgreSQL %.2f ms)%n", cpuUsed.toNanos() / 1e6 / Math.max(1, total),
                        jvmUsed.toNanos() / 1e6 / Math.max(1, total), cpuUsed.minus(jvmUsed).toNanos() / 1e6 / Math.max(1, total));
                System.out.printf("load average: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
                return;
            }
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()).build();
            String path = base + "/api/v1/deliberations/" + deliberation + "/votes";
            long start = System.nanoTime();
            long measureFrom = start + Duration.ofSeconds(warmUp).toNanos();
            long end = measureFrom + Duration.ofSeconds(measured).toNanos();
            long[][] latencies = new long[clients][];
            int[] counts = new int[clients];
            AtomicLong errors = new AtomicLong();
            AtomicLong warmVotes = new AtomicLong();
            CountDownLatch done = new CountDownLatch(clients);
            Votes votes = app.getBean(Votes.class);
            boolean direct = mode.equals("service");
            System.out.printf("%d clients vote (%s) for %d s (after %d s warm-up)…%n", clients, mode, measured, warmUp);
            for (int c = 0; c < clients; c++) {
                int client = c;
                Thread.ofVirtual().start(() -> {
                    SplittableRandom mine = new SplittableRandom(client);
                    long[] lat = new long[2_000_000];
                    int n = 0;
                    String[] values = {"AGREE", "DISAGREE", "PASS"};
                    try {
                        while (true) {
                            long now = System.nanoTime();
                            if (now >= end || n == lat.length) {
                                break;
                            }
                            int voter = mine.nextInt(bearer.length);
                            if (direct) {
                                votes.vote(deliberation, statements[mine.nextInt(statements.length)],
                                        VoteValue.values()[mine.nextInt(3)], voterActors[voter]);
                                long took = System.nanoTime() - now;
                                if (now >= measureFrom) {
                                    lat[n++] = took;
                                } else {
                                    warmVotes.incrementAndGet();
                                }
                                continue;
                            }
                            String token = bearer[voter];
                            String body = "{\"statementId\":" + statements[mine.nextInt(statements.length)] + ",\"value\":\""
                                    + values[mine.nextInt(3)] + "\"}";
                            HttpRequest request = HttpRequest.newBuilder(URI.create(path)).header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                            long took = System.nanoTime() - now;
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                            if (now >= measureFrom) {
                                lat[n++] = took;
                            } else {
                                warmVotes.incrementAndGet();
                            }
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        e.printStackTrace();
                    } finally {
                        latencies[client] = lat;
                        counts[client] = n;
                        done.countDown();
                    }
                });
            }
            Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
            Duration jvmFrom = jvmCpu();
            Duration cpuFrom = cpu(data);
            done.await();
            Duration cpuUsed = cpu(data).minus(cpuFrom);
            Duration jvmUsed = jvmCpu().minus(jvmFrom);
            long total = Arrays.stream(counts).sum();
            long[] all = new long[(int) total];
            int at = 0;
            for (int c = 0; c < clients; c++) {
                System.arraycopy(latencies[c], 0, all, at, counts[c]);
                at += counts[c];
            }
            Arrays.sort(all);
            double cpuPerVote = cpuUsed.toNanos() / 1e6 / Math.max(1, total);
            System.out.printf("votes measured: %,d in %d s → %,.0f votes/s (warm-up votes %,d, errors %d)%n", total, measured,
                    total / (double) measured, warmVotes.get(), errors.get());
            System.out.printf("latency p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms%n", ms(all, 0.50),
                    ms(all, 0.90), ms(all, 0.99), ms(all, 0.999), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
            System.out.printf("CPU (this JVM: server and clients, plus its PostgreSQL): %.2f ms per vote → about %,.0f votes/s"
                    + " if two idle cores did nothing else (JVM %.2f ms, PostgreSQL %.2f ms)%n", cpuPerVote, 2000 / cpuPerVote,
                    jvmUsed.toNanos() / 1e6 / Math.max(1, total), cpuUsed.minus(jvmUsed).toNanos() / 1e6 / Math.max(1, total));
            Thread.sleep(3000);
            var analysis = app.getBean(org.gongshang.deliberation.DeliberationAnalyses.class).of(deliberation, java.util.Optional.empty());
            System.out.printf("analysis 3 s after the last vote: %,d participants, %,d current votes, %d groups%n",
                    analysis.participants(), analysis.votes(), analysis.groups().size());
            System.out.printf("load average: %s%n", Files.readString(Path.of("/proc/loadavg")).strip());
        } finally {
            app.close();
        }
    }

    private static long storedVotes(JdbcClient jdbc, long deliberation) {
        return jdbc.sql("select count(*) from deliberation_vote_history where deliberation_id = ?").param(deliberation)
                .query(Long.class).single();
    }

    private static Duration jvmCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** CPU time of this JVM and of the embedded PostgreSQL (its postmaster and backends, found by the data directory). */
    private static Duration cpu(Path data) {
        Duration total = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        for (ProcessHandle process : ProcessHandle.allProcesses().toList()) {
            if (process.info().commandLine().orElse("").contains(data.toString())) {
                total = total.plus(process.info().totalCpuDuration().orElse(Duration.ZERO));
                for (ProcessHandle child : process.children().toList()) {
                    total = total.plus(child.info().totalCpuDuration().orElse(Duration.ZERO));
                }
            }
        }
        return total;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    /** A valid resident ID number (GB 11643-1999 check digit). */
    private static String idNumber(SplittableRandom random) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 55));
        String body = "511702" + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
