package org.gongshang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The error pages over real HTTP (MockMvc does not forward to /error): an address that leads nowhere
 * still shows who is signed in, so that nobody thinks they were signed out.
 */
@GongshangTest
class ErrorPageTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Test
    void anUnknownAddressShowsTheSignedInPersonInTheHeader() throws Exception {
        Person resident = people.resident();
        HttpClient browser = signedIn(resident);

        HttpResponse<String> missing = browser.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/no-such-page"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

        Document page = Jsoup.parse(missing.body());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(page.select("header.site").text()).contains(resident.realName()).doesNotContain("登录");
    }

    @Test
    void aTopicThatDoesNotExistShowsTheSignedInPersonInTheHeaderAndKeepsTheLanguageSwitchOnThatAddress() throws Exception {
        Person resident = people.resident();
        HttpClient browser = signedIn(resident);

        HttpResponse<String> missing = browser.send(HttpRequest.newBuilder(
                URI.create(api.baseUrl() + "/topics/987654321?from=inbox")).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());

        Document page = Jsoup.parse(missing.body());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(page.select("header.site").text()).contains(resident.realName());
        assertThat(page.select("header.site a[hreflang=en]").attr("href")).isEqualTo("/topics/987654321?from=inbox&lang=en");
    }

    @Test
    void aVisitorAtAnUnknownAddressIsAskedToSignIn() throws Exception {
        HttpResponse<String> missing = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(api.baseUrl() + "/no-such-page")).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());

        // Addresses outside the public ones need a login; whether they exist is not told to a stranger.
        assertThat(missing.statusCode()).isEqualTo(302);
        assertThat(missing.headers().firstValue("Location").orElse("")).contains("/login");
    }

    /** Logs in through the login form, with its CSRF cookie, as a browser would. */
    private HttpClient signedIn(Person person) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Document login = Jsoup.parse(http.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String csrf = login.selectFirst("#password-login input[name=_csrf]").val();
        String form = "username=" + encode(person.username()) + "&password=" + encode(person.password()) + "&_csrf=" + encode(csrf);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("login").isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return http;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
