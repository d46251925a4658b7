package org.gongshang.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Pages link styles and scripts by content hash, and those are kept by browsers for a year, compressed. */
@GongshangTest
class StaticResourcesTests {

    @Autowired
    Api api;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPageLinksItsStylesheetByContentHashAndItIsCachedForAYearCompressed() throws Exception {
        String home = get("/", false).body();
        Matcher stylesheet = Pattern.compile("href=\"(/css/gongshang-[0-9a-f]{32}\\.css)\"").matcher(home);
        assertThat(stylesheet.find()).as("a content-hashed stylesheet in %s", home.substring(0, Math.min(800, home.length()))).isTrue();
        assertThat(home).containsPattern("src=\"/webjars/htmx.org/[0-9.]+/dist/htmx.min.js\"")
                .containsPattern("href=\"/images/favicon-[0-9a-f]{32}\\.svg\"");

        HttpResponse<String> css = get(stylesheet.group(1), true);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control")).hasValueSatisfying(cache ->
                assertThat(cache).contains("max-age=31536000").contains("public").contains("immutable"));
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void scriptsAreCompressedToo() throws Exception {
        HttpResponse<String> script = get("/js/drafts.js", true);

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void aPathThatIsNoResourceIsNotFoundAsOne() throws Exception {
        assertThat(get("/css/nothing-here.css", false).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String path, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.baseUrl() + path));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
