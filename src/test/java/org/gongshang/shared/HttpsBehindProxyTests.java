package org.gongshang.shared;

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

/**
 * Behind Nginx terminating TLS, the cookies (the CSRF token's, the session's) must be Secure and the
 * browser told to stay on HTTPS; over plain HTTP (a county's intranet, the demo) neither, or nothing
 * would work. Links that leave the page (QR codes) use the address the proxy was reached at.
 */
@GongshangTest
class HttpsBehindProxyTests {

    @Autowired
    Api api;

    @Test
    void aRequestThatCameOverHttpsGetsASecureSessionCookieAndHsts() throws Exception {
        var response = loginPage(true);

        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("XSRF-TOKEN=").containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).contains("max-age="));
    }

    @Test
    void plainHttpGetsNeither() throws Exception {
        var response = loginPage(false);

        assertThat(response.headers().allValues("Set-Cookie")).allSatisfy(cookie ->
                assertThat(cookie).doesNotContainIgnoringCase("; Secure"));
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
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

    /** The login form sets the CSRF token's cookie; the proxy says how the browser reached it. */
    private HttpResponse<String> loginPage(boolean https) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/login"));
        if (https) {
            request.header("X-Forwarded-Proto", "https");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
