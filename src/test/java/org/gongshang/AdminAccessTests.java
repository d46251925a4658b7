package org.gongshang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.gongshang.identity.Role;
import org.gongshang.support.Api;
import org.gongshang.support.Api.Response;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every admin page and admin API endpoint refuses everyone but admins: anonymous visitors are sent to
 * login (pages) or get 401 problem details (API); residents and staff get 403. Requests are well
 * formed, so that only the role can make the difference.
 */
@GongshangTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminAccessTests {

    static final byte[] CSV = "code,name,level,parentCode\n511723901000,不该导入的街道,TOWNSHIP,511723\n"
            .getBytes(StandardCharsets.UTF_8);

    /** An admin page request; {@link #toString()} names it in the test report. */
    record PageRequest(String description, RequestBuilder builder) {
        @Override
        public String toString() {
            return description;
        }
    }

    interface RequestBuilder {
        AbstractMockHttpServletRequestBuilder<?> build();
    }

    record ApiRequest(String method, String path, String json) {
        @Override
        public String toString() {
            return method + " " + path;
        }

        Response send(Api.Caller caller) {
            return switch (method) {
                case "GET" -> caller.get(path);
                case "POST" -> caller.post(path, json);
                case "PUT" -> caller.put(path, json);
                case "PATCH" -> caller.patch(path, json);
                case "UPLOAD" -> caller.upload(path, "file", "regions.csv", "text/csv", CSV);
                default -> throw new IllegalArgumentException(method);
            };
        }
    }

    static Stream<PageRequest> adminPages() {
        return Stream.of(
                page("GET /admin/regions", () -> get("/admin/regions")),
                page("GET /admin/regions?code=", () -> get("/admin/regions").param("code", "511723")),
                page("POST /admin/regions", () -> post("/admin/regions")
                        .param("parentCode", "511723").param("code", "511723902000").param("name", "不该添加的街道")),
                page("POST /admin/regions/{code}/name", () -> post("/admin/regions/511723/name").param("name", "开江县")),
                page("POST /admin/regions/{code}/active", () -> post("/admin/regions/511723/active").param("active", "true")),
                page("GET /admin/regions/import", () -> get("/admin/regions/import")),
                page("POST /admin/regions/import", () -> multipart("/admin/regions/import")
                        .file(new MockMultipartFile("file", "regions.csv", "text/csv", CSV))),
                page("GET /admin/regions/import/sample.csv", () -> get("/admin/regions/import/sample.csv")),
                page("GET /admin/organizations", () -> get("/admin/organizations").param("type", "CPPCC")),
                page("GET /admin/organizations/new", () -> get("/admin/organizations/new")),
                page("POST /admin/organizations", () -> post("/admin/organizations")
                        .param("name", "不该添加的组织").param("type", "CPPCC").param("regionCode", "511723")),
                page("GET /admin/organizations/{id}", () -> get("/admin/organizations/1")),
                page("POST /admin/organizations/{id}", () -> post("/admin/organizations/1")
                        .param("name", "达州市政协").param("type", "CPPCC").param("regionCode", "511700")),
                page("POST /admin/organizations/{id}/active", () -> post("/admin/organizations/1/active").param("active", "true")),
                page("GET /admin/organizations/parents (htmx)", () -> get("/admin/organizations/parents")
                        .param("regionCode", "511702").header("HX-Request", "true")),
                page("GET /admin/calendar", () -> get("/admin/calendar").param("year", "2026")),
                page("POST /admin/calendar", () -> post("/admin/calendar")
                        .param("day", "2040-01-02").param("kind", "HOLIDAY").param("name", "不该添加的假日")),
                page("POST /admin/calendar/{day}/remove", () -> post("/admin/calendar/2040-01-03/remove")),
                page("GET /admin/calendar/count", () -> get("/admin/calendar/count")
                        .param("from", "2026-09-30").param("days", "1")),
                page("GET /admin/audit", () -> get("/admin/audit")),
                page("GET /admin/audit (htmx)", () -> get("/admin/audit").header("HX-Request", "true")),
                page("GET /admin/sensitive-words", () -> get("/admin/sensitive-words")),
                page("POST /admin/sensitive-words", () -> post("/admin/sensitive-words").param("word", "不该添加").param("kind", "SENSITIVE")),
                page("POST /admin/sensitive-words/{id}/remove", () -> post("/admin/sensitive-words/1/remove")),
                page("POST /admin/sensitive-words/try", () -> post("/admin/sensitive-words/try").param("text", "游行")),
                page("GET /admin/notifications", () -> get("/admin/notifications")),
                page("POST /admin/notifications/{id}/retry", () -> post("/admin/notifications/00000000-0000-0000-0000-000000000001/retry")));
    }

    static Stream<ApiRequest> adminApi() {
        return Stream.of(
                new ApiRequest("POST", "/api/v1/regions",
                        "{\"code\":\"511723903000\",\"name\":\"不该添加的街道\",\"level\":\"TOWNSHIP\",\"parentCode\":\"511723\"}"),
                new ApiRequest("PATCH", "/api/v1/regions/511723", "{\"name\":\"开江县\"}"),
                new ApiRequest("UPLOAD", "/api/v1/regions/import", ""),
                new ApiRequest("POST", "/api/v1/organizations",
                        "{\"name\":\"不该添加的组织\",\"type\":\"CPPCC\",\"regionCode\":\"511723\"}"),
                new ApiRequest("PUT", "/api/v1/organizations/1",
                        "{\"name\":\"达州市政协\",\"type\":\"CPPCC\",\"regionCode\":\"511700\"}"),
                new ApiRequest("GET", "/api/v1/admin/audit", ""),
                new ApiRequest("GET", "/api/v1/admin/audit?action=region.&page=0&size=10", ""));
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Autowired
    Api api;

    Person resident;
    Person staff;
    Person admin;

    @BeforeAll
    void makePeople() {
        resident = people.resident();
        staff = people.withRole(Role.STAFF, "达州市政协");
        admin = people.admin();
    }

    static Stream<PageRequest> adminPagesToRead() {
        return adminPages().filter(request -> request.description().startsWith("GET "));
    }

    /** The control: the refusals below come from the role, not from a page that fails for everyone. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("adminPagesToRead")
    void adminsMayReadEveryAdminPage(PageRequest request) throws Exception {
        mvc.perform(request.builder().build().with(as(admin))).andExpect(status().isOk());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminPages")
    void anonymousVisitorsOfAdminPagesAreSentToLogin(PageRequest request) throws Exception {
        if (request.description().contains("(htmx)")) {
            // htmx would follow a redirect inside the page; the whole page is sent instead.
            mvc.perform(request.builder().build().with(csrf()))
                    .andExpect(status().isUnauthorized())
                    .andExpect(header().string("HX-Redirect", "/login"));
            return;
        }
        mvc.perform(request.builder().build().with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminPages")
    void residentsAreRefusedAdminPages(PageRequest request) throws Exception {
        mvc.perform(request.builder().build().with(csrf()).with(as(resident))).andExpect(status().isForbidden());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminPages")
    void staffAreRefusedAdminPages(PageRequest request) throws Exception {
        mvc.perform(request.builder().build().with(csrf()).with(as(staff))).andExpect(status().isForbidden());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminApi")
    void anonymousCallersOfTheAdminApiGet401ProblemDetails(ApiRequest request) {
        Response response = request.send(api.anonymous());
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminApi")
    void residentsGet403FromTheAdminApi(ApiRequest request) {
        Response response = request.send(api.as(resident));
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adminApi")
    void staffGet403FromTheAdminApi(ApiRequest request) {
        Response response = request.send(api.as(staff));
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private RequestPostProcessor as(Person person) {
        return sessions.signedIn(person);
    }

    private static PageRequest page(String description, RequestBuilder builder) {
        return new PageRequest(description, builder);
    }
}
