package org.gongshang.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.gongshang.support.Api;
import org.gongshang.support.Api.Caller;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an attacker types where text is expected: search operators, NUL characters, huge texts and
 * bodies, region codes that are none. Every answer is a 2xx or a 4xx with a readable message (problem
 * details on the API, a page elsewhere), never a 500, and nothing is written.
 */
@GongshangTest
class HostileInputTests {

    static final String COMMUNITY = People.COMMUNITY;

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anySearchTextOfTopicsGetsAResultOrA400() {
        List<String> texts = List.of("<>", "&|!", "!!!", "。，、？", "'", "\\", "'路灯'", "a:*", "(())", "!路灯", "路灯 & 电梯 | !",
                " ", "x".repeat(100), "路".repeat(101), "y".repeat(5_000));
        for (String q : texts) {
            for (Caller caller : List.of(api.anonymous(), api.as(people.admin()))) {
                Api.Response response = caller.get("/api/v1/topics?q=" + encode(q));
                assertThat(response.status()).as(q).isIn(200, 400);
                if (response.status() == 400) {
                    assertThat(response.contentType()).startsWith("application/problem+json");
                    assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
                }
            }
        }
        // 10,000 characters make an address longer than the server takes (8 KB of request line and headers): Tomcat's own 400.
        assertThat(api.anonymous().get("/api/v1/topics?q=" + encode("y".repeat(10_000))).status()).isEqualTo(400);
        assertThat(api.anonymous().get("/api/v1/topics?q=" + encode("<>")).json().get("total").asInt())
                .as("nothing to search for lists everything, as an empty search does")
                .isEqualTo(api.anonymous().get("/api/v1/topics").json().get("total").asInt());
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/topics?q=" + encode("&|!<>")))
                .header("Accept", "text/html"));
        assertThat(page.statusCode()).isEqualTo(200);
        HttpResponse<String> longPage = send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/topics?q=" + encode("z".repeat(5_000))))
                .header("Accept", "text/html").header("Accept-Language", "en"));
        assertThat(longPage.statusCode()).isEqualTo(400);
        assertThat(longPage.body()).contains("The search text is too long (at most 100 characters).");
    }

    @Test
    void aSearchWithQuotesAndOperatorsStillFindsTheTopic() {
        Caller resident = api.as(people.resident());
        Api.Response created = resident.post("/api/v1/topics", """
                {"title":"背街小巷路灯不亮的问题","description":"晚上背街小巷的路灯经常不亮，老人和孩子出行不安全，希望尽快维修。",
                 "category":"SOCIETY","regionCode":"%s","tags":[]}""".formatted(COMMUNITY));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(api.anonymous().get("/api/v1/topics?q=" + encode("'路灯' & !")).body()).contains("背街小巷路灯不亮的问题");
    }

    @Test
    void aNulCharacterInAParameterIsA400BeforeAnyQueryOnTheApiAndOnPages() {
        for (String path : List.of("/api/v1/topics?q=%00", "/api/v1/topics?region=%00", "/api/v1/topics/declined-by-reason?region=5117%0002",
                "/api/v1/recommendations?region=%00")) {
            Api.Response response = api.anonymous().inLanguage("en").get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("code").asString()).isEqualTo("error.nul-character");
            assertThat(response.json().get("detail").asString()).contains("NUL");
        }
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/topics?q=%E8%B7%AF%00"))
                .header("Accept", "text/html").header("Accept-Language", "zh-CN"));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("输入中含有不允许的控制字符（NUL）");
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin%00&password=x")));
        assertThat(login.statusCode()).as("the login form too, before Spring Security looks the name up").isEqualTo(400);
    }

    @Test
    void aNulCharacterInJsonTextIsA400AndNothingIsStored() {
        Person resident = people.resident();
        Api.Response response = api.as(resident).post("/api/v1/topics", """
                {"title":"路灯\\u0000不亮的问题很严重","description":"晚上背街小巷的路灯经常不亮，老人和孩子出行不安全，希望尽快维修。",
                 "category":"SOCIETY","regionCode":"%s","tags":["\\u0000"]}""".formatted(COMMUNITY));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("error.nul-character");
        assertThat(topicsOf(resident)).isZero();
        Api.Response regionCode = api.as(people.admin()).patch("/api/v1/me", "{\"residenceRegionCode\":\"\\u0000\"}");
        assertThat(regionCode.status()).isEqualTo(400);
    }

    @Test
    void declinedByReasonRefusesARegionThatIsNone() {
        Api.Response abc = api.anonymous().get("/api/v1/topics/declined-by-reason?region=abc");
        assertThat(abc.status()).isEqualTo(400);
        assertThat(abc.contentType()).startsWith("application/problem+json");
        assertThat(abc.json().get("errors").get(0).get("field").asString()).isEqualTo("region");
        assertThat(api.anonymous().get("/api/v1/topics/declined-by-reason?region=511702").status()).isEqualTo(200);
        assertThat(api.anonymous().get("/api/v1/topics/declined-by-reason").status()).isEqualTo(200);
    }

    @Test
    void aJsonBodyOverTheLimitIsA413WhetherItsLengthIsDeclaredOrItComesChunked() {
        Person resident = people.resident();
        String token = api.as(resident).token();
        String huge = topicJson("很长".repeat(300_000));
        assertThat(huge.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1024 * 1024);

        HttpResponse<String> declared = send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/v1/topics"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofString(huge)));
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(declared.body()).contains("error.body-too-large", "at most 1,024 KB");

        HttpResponse<String> chunked = send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/v1/topics"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(chunked(huge)));
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("error.body-too-large");
        assertThat(topicsOf(resident)).isZero();

        HttpResponse<String> small = send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/api/v1/topics"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(chunked(topicJson("晚上背街小巷的路灯经常不亮，老人和孩子出行不安全，希望尽快维修。"))));
        assertThat(small.statusCode()).as("a small chunked body is read as usual: %s", small.body()).isEqualTo(201);
        assertThat(topicsOf(resident)).isOne();
    }

    @Test
    void anUploadKeepsItsOwnLimitsAndIsNotTakenForJson() {
        Caller resident = api.as(people.resident());
        Api.Response topic = resident.post("/api/v1/topics", topicJson("晚上背街小巷的路灯经常不亮，老人和孩子出行不安全，希望尽快维修。"));
        assertThat(topic.status()).as(topic.toString()).isEqualTo(201);
        String images = "/api/v1/topics/" + topic.json().get("id").asLong() + "/images";
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        twoMegabytes[0] = (byte) 0x89;
        Api.Response notAnImage = resident.upload(images, "file", "big.png", "image/png", twoMegabytes);
        assertThat(notAnImage.status()).as("over the JSON limit, but an upload: the module decides").isEqualTo(400);
        assertThat(notAnImage.json().get("code").asString()).isEqualTo("topic.image.not-an-image");
        Api.Response overTheUploadLimit = resident.upload(images, "file", "huge.png", "image/png", new byte[12 * 1024 * 1024]);
        assertThat(overTheUploadLimit.status()).isEqualTo(413);
    }

    private static String topicJson(String description) {
        return """
                {"title":"夜里路灯总是不亮","description":"%s","category":"SOCIETY","regionCode":"%s","tags":[]}"""
                .formatted(description, COMMUNITY);
    }

    /** A body without a declared length: the JDK client sends it chunked. */
    private static HttpRequest.BodyPublisher chunked(String body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private long topicsOf(Person person) {
        return jdbc.sql("select count(*) from topic where submitted_by = :id").param("id", person.id()).query(Long.class).single();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
