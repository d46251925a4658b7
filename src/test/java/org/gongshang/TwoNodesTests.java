package org.gongshang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.zaxxer.hikari.HikariDataSource;
import org.gongshang.consultation.ConsultationFixtures;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.NodeProbes;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one database, as behind a load balancer without sticky sessions: node A
 * is the tests' shared application, node B a second one started here on the same PostgreSQL. What
 * one node does, the other sees.
 */
@GongshangTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTests {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    DataSource dataSource;

    @Autowired
    Api nodeA;

    @Autowired
    People people;

    @Autowired
    ConsultationFixtures consultations;

    @Autowired
    SchedulerClient scheduler;

    @Autowired
    OneTimeTask<Void> countedJob;

    @Autowired
    JdbcClient jdbc;

    ConfigurableApplicationContext second;
    Api nodeB;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startSecondNode() throws Exception {
        HikariDataSource database = dataSource.unwrap(HikariDataSource.class);
        List<String> properties = new ArrayList<>(List.of("server.port=0", "spring.datasource.url=" + database.getJdbcUrl(),
                "spring.datasource.username=" + database.getUsername(), "spring.main.banner-mode=off"));
        if (database.getPassword() != null) {
            properties.add("spring.datasource.password=" + database.getPassword());
        }
        second = new SpringApplicationBuilder(GongshangApplication.class, NodeProbes.class)
                .properties(properties.toArray(String[]::new)).run();
        nodeB = new Api(second.getEnvironment());
    }

    @AfterAll
    void stopSecondNode() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void aSessionBegunOnOneNodeIsSignedInOnTheOther() throws Exception {
        Person resident = people.resident();
        // The login happens on the second node: spring-security-test's csrf() swaps the CSRF token store of the test
        // context's own filter chain for a session-backed one, so only the second node shows the real cookie store.
        HttpResponse<String> loginPage = get(nodeB, "/login", null);
        assertThat(loginPage.statusCode()).as("%s", loginPage.headers().map()).isEqualTo(200);
        String token = loginPage.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(nodeB.baseUrl() + "/login"))
                .header("Cookie", cookie(loginPage, "XSRF-TOKEN")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + resident.username() + "&password=" + resident.password()
                        + "&_csrf=" + token)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);

        assertThat(loginPage.headers().allValues("Set-Cookie")).as("the login page makes no session")
                .noneMatch(c -> c.startsWith("SESSION="));
        HttpResponse<String> account = get(nodeA, "/account", cookie(login, "SESSION"));
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains(resident.realName());
    }

    @Test
    void aChangeOfALiveSessionMadeOnOneNodeReachesAFollowerOnTheOther() throws Exception {
        Api.Caller staffOnA = nodeA.as(consultations.districtStaff());
        long id = consultations.create(staffOnA);
        long speaker = consultations.addNamed(staffOnA, id, "陈委员", "MEMBER");
        consultations.ok(staffOnA.post("/api/v1/consultations/" + id + "/schedule"));
        consultations.checkIn(staffOnA, id, speaker);
        consultations.ok(staffOnA.post("/api/v1/consultations/" + id + "/start"));

        BlockingQueue<String> followerOnB = new LinkedBlockingQueue<>();
        HttpRequest follow = HttpRequest.newBuilder(URI.create(nodeB.baseUrl() + "/api/v1/consultations/" + id + "/events"))
                .header("Authorization", "Bearer " + staffOnA.token()).header("Accept", "text/event-stream").build();
        var stream = http.sendAsync(follow, HttpResponse.BodyHandlers.ofLines());
        try {
            Thread.ofVirtual().start(() -> stream.join().body().forEach(followerOnB::add));
            awaitLine(followerOnB, "event:hello");

            consultations.ok(staffOnA.post("/api/v1/consultations/" + id + "/turns", "{\"participantId\":" + speaker + "}"));

            awaitLine(followerOnB, "event:turn");
            assertThat(awaitLine(followerOnB, "data:")).contains("陈委员");
        } finally {
            stream.cancel(true);
        }
    }

    @Test
    void aTopicSubmittedOnOneNodeIsFoundAsSimilarOnTheOther() {
        Api.Caller resident = nodeA.as(people.resident());
        String marker = Long.toString(System.nanoTime() % 1_000_000);
        Api.Response submitted = resident.post("/api/v1/topics", """
                {"title":"关于整治滨河路%s号夜市油烟扰民的建议","description":"夜市烧烤油烟直冲居民楼，晚上开窗都不行，希望规范经营时间和排烟设施。",
                 "category":"SOCIETY","regionCode":"%s","tags":[]}""".formatted(marker, People.COMMUNITY));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        long topic = submitted.json().get("id").asLong();

        Api.Caller sameResidentOnB = nodeB.withToken(resident.token());
        await().atMost(WAIT).untilAsserted(() -> assertThat(sameResidentOnB
                .get("/api/v1/topics/similar?title=" + URLEncoder.encode("滨河路" + marker + "号夜市油烟扰民", StandardCharsets.UTF_8))
                .body()).contains("\"id\":" + topic));
    }

    @Test
    void aTimedJobRunsOnceThoughBothNodesPollForIt() {
        List<String> instances = IntStream.range(0, 12).mapToObj(i -> "once-" + System.nanoTime() + "-" + i).toList();
        instances.forEach(instance -> scheduler.schedule(countedJob.instance(instance), Instant.now()));

        await().atMost(WAIT).until(() -> instances.stream().allMatch(instance -> NodeProbes.runs(instance) > 0)
                && jdbc.sql("select count(*) from scheduled_tasks where task_name = :name").param("name", NodeProbes.COUNTED_JOB)
                        .query(Long.class).single() == 0);
        // Done and gone from the table: neither node can run them again.
        assertThat(instances).allSatisfy(instance -> assertThat(NodeProbes.runs(instance)).isEqualTo(1));
    }

    @Test
    void anOutboxMessageIsSentOnceWhicheverNodeQueuedOrDispatchedIt() {
        List<String> phones = Stream.generate(People::phone).limit(16).toList();
        // Codes asked through both nodes at once: each node dispatches its own at once, and the periodic dispatch runs on either.
        phones.parallelStream().forEach(phone -> {
            Api node = phones.indexOf(phone) % 2 == 0 ? nodeA : nodeB;
            Api.Response asked = node.anonymous().post("/api/v1/auth/verification-codes",
                    "{\"phone\":\"%s\",\"purpose\":\"REGISTER\"}".formatted(phone));
            assertThat(asked.status()).as(asked.toString()).isEqualTo(202);
        });

        await().atMost(WAIT).until(() -> phones.stream().allMatch(phone -> !NodeProbes.smsTo(phone).isEmpty()));
        assertThat(phones).allSatisfy(phone -> assertThat(NodeProbes.smsTo(phone)).hasSize(1));
    }

    private static String awaitLine(BlockingQueue<String> lines, String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("No line " + prefix + " within " + WAIT);
    }

    private HttpResponse<String> get(Api node, String path, @Nullable String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.baseUrl() + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.headers().map())).split(";")[0];
    }
}
