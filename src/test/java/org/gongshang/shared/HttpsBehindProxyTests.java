package org.gongshang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Behind Nginx terminating TLS, the cookies (the CSRF token's, the session's) must be Secure and the
 * browser told to stay on HTTPS; over plain HTTP (a county's intranet, the demo) neither, or nothing
 * would work.
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

    /** The login form sets the CSRF token's cookie; the proxy says how the browser reached it. */
    private HttpResponse<String> loginPage(boolean https) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/login"));
        if (https) {
            request.header("X-Forwarded-Proto", "https");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
