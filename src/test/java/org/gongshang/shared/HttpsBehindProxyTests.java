package org.gongshang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Behind Nginx terminating TLS, the session and CSRF cookies must be Secure and the browser told to
 * stay on HTTPS; over plain HTTP (a county's intranet, the demo) neither, or nothing would work.
 * Links that leave the page (QR codes) use the address the proxy was reached at.
 */
@GongshangTest
class HttpsBehindProxyTests {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    Api api;

    @Autowired
    People people;

    @Test
    void aLoginThatCameOverHttpsGetsSecureCookiesAndHsts() throws Exception {
        var loginPage = send(get(true));
        var signedIn = logIn(loginPage, true);

        assertThat(cookies(loginPage, signedIn)).isNotEmpty().allSatisfy(cookie ->
                assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly"));
        assertThat(cookies(signedIn)).anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION="));
        assertThat(loginPage.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).contains("max-age="));
    }

    @Test
    void plainHttpGetsNeither() throws Exception {
        var loginPage = send(get(false));
        var signedIn = logIn(loginPage, false);

        assertThat(cookies(signedIn)).anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION="));
        assertThat(cookies(loginPage, signedIn)).allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("; Secure"));
        assertThat(loginPage.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void withoutAConfiguredAddressACampaignsLinkAndQrCodeUseTheAddressTheProxyWasReachedAt() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Matcher campaign = Pattern.compile("href=\"(/campaigns/\\d+)\"").matcher(
                http.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/campaigns")).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
        assertThat(campaign.find()).isTrue();

        String page = http.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + campaign.group(1)))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "gongshang.dazhou.example").build(),
                HttpResponse.BodyHandlers.ofString()).body();

        assertThat(page).contains(">https://gongshang.dazhou.example" + campaign.group(1) + "<")
                .doesNotContain("http://localhost");
    }

    private HttpResponse<String> logIn(HttpResponse<String> loginPage, boolean https) throws Exception {
        var resident = people.resident();
        Matcher csrf = CSRF_FIELD.matcher(loginPage.body());
        assertThat(csrf.find()).as("the login form carries a CSRF field").isTrue();
        String form = "username=" + resident.username() + "&password=" + URLEncoder.encode(resident.password(), StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", String.join("; ", cookies(loginPage).stream().map(c -> c.split(";", 2)[0]).toList()))
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (https) {
            request.header("X-Forwarded-Proto", "https");
        }
        var response = send(request);
        assertThat(response.statusCode()).as("a successful login redirects").isEqualTo(302);
        return response;
    }

    private HttpRequest.Builder get(boolean https) {
        var request = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/login"));
        if (https) {
            request.header("X-Forwarded-Proto", "https");
        }
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @SafeVarargs
    private static List<String> cookies(HttpResponse<String>... responses) {
        return Arrays.stream(responses).flatMap(response -> response.headers().allValues("Set-Cookie").stream()).toList();
    }
}
