package org.gongshang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the platform promises as a whole: health, API docs, actuator protection, headers, page weight. */
@GongshangTest
class PlatformTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Test
    void healthIsUpWithoutLogin() {
        var health = api.anonymous().get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.body()).as("no details for strangers").doesNotContain("components", "db");
    }

    @Test
    void livenessAndReadinessProbesAnswerWithoutLogin() {
        for (String probe : new String[] {"liveness", "readiness"}) {
            var answer = api.anonymous().get("/actuator/health/" + probe);
            assertThat(answer.status()).as(probe).isEqualTo(200);
            assertThat(answer.json().get("status").asString()).as(probe).isEqualTo("UP");
        }
    }

    @Test
    void otherActuatorEndpointsNeedAnAdmin() {
        assertThat(api.anonymous().get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(api.as(people.resident()).get("/actuator/metrics").status()).isEqualTo(403);
        assertThat(api.as(people.admin()).get("/actuator/metrics").status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDescriptionAndSwaggerUiArePublic() {
        var docs = api.anonymous().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").has("/api/v1/auth/token")).isTrue();
        assertThat(docs.json().get("paths").has("/api/v1/regions/{code}")).isTrue();

        assertThat(api.anonymous().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void anUnknownPageIsATranslated404WithoutAStackTrace() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/no-such-page?lang=en"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isIn(302, 404);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void anUnknownApiPathIsAProblem() {
        var response = api.as(people.resident()).get("/api/v1/no-such-thing");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    /** The home page with its stylesheet and scripts, as a phone downloads them, gzip-compressed. */
    @Test
    void thePublicHomePageWeighsUnder100KilobytesCompressed() throws Exception {
        var client = HttpClient.newHttpClient();
        String html = client.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<String> assets = new java.util.ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("(?:src|href)=\"(/[^\"]+\\.(?:js|css))\"").matcher(html);
        while (matcher.find()) {
            assets.add(matcher.group(1));
        }
        assertThat(assets).anyMatch(a -> a.endsWith(".css")).anyMatch(a -> a.endsWith(".js"));

        long total = gzipped(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String asset : assets) {
            var response = client.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + asset)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(asset).isEqualTo(200);
            total += gzipped(response.body());
        }
        System.out.printf("Home page with %d assets: %d bytes gzip-compressed%n", assets.size(), total);
        assertThat(total).isLessThan(100 * 1024);
    }

    private static long gzipped(byte[] content) throws java.io.IOException {
        var out = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        }
        return out.size();
    }
}
