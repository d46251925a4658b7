package org.gongshang.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions live in the database, shared by all nodes: an anonymous visitor must not make one with
 * every page view (a write per view, and a table growing with every crawler). The CSRF token that
 * every page carries for htmx is kept in a cookie instead.
 */
@GongshangTest
class AnonymousSessionTests {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    People people;

    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(strings = {"/", "/topics", "/recommendations", "/consultations", "/plans", "/campaigns", "/login",
            "/register", "/api/v1/topics", "/css/gongshang.css"})
    void anAnonymousViewMakesNoSession(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION="));
    }

    @Test
    void theLoginFormCarriesTheCsrfTokenOfItsCookie() throws Exception {
        HttpResponse<String> response = get("/login");

        List<String> cookies = response.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));
        assertThat(response.body()).contains("name=\"_csrf\"");
    }

    @Test
    void aLoginMakesASessionStoredInTheDatabaseThatSignsInTheNextRequest() throws Exception {
        Person resident = people.resident();
        HttpResponse<String> login = get("/login");
        String csrfCookie = cookie(login, "XSRF-TOKEN");
        String token = login.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/login"))
                .header("Cookie", csrfCookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + resident.username() + "&password=" + resident.password()
                        + "&_csrf=" + token)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(posted.statusCode()).isEqualTo(302);
        String session = cookie(posted, "SESSION");
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :name")
                .param("name", Long.toString(resident.id())).query(Long.class).single()).isEqualTo(1);
        HttpResponse<String> account = http.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + "/account"))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(account.statusCode()).isEqualTo(200);
    }

    private static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name)).split(";")[0];
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(api.baseUrl() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
