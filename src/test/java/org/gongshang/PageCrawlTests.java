package org.gongshang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.gongshang.identity.Role;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Follows the links of the pages each kind of user sees, from the home page and the admin home, in
 * Chinese and in English: no page may fail, and none may show a message key that is missing from a
 * bundle (Thymeleaf writes those as {@code ??key_locale??}). New pages are covered as soon as a
 * link leads to them.
 */
@GongshangTest
class PageCrawlTests {

    /** Enough to reach every kind of page through the demo data without reading every topic. */
    private static final int PAGES_PER_USER = 120;

    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");

    /** Downloads, live streams and leaving: not pages to read; the switches of language and elder mode: the same pages again. */
    private static final Pattern SKIPPED = Pattern.compile(
            ".*(/logout|/events|/stream|\\.svg|\\.docx|\\.xlsx|\\.csv|\\.json|/export|/download|/images/|/attachments/|/files/|/css/|/js/|/webjars/|/swagger-ui|/v3/api-docs|/api/).*"
                    + "|.*[?&]lang=.*|.*[?&]elder=.*");

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    static Stream<Arguments> users() {
        return Stream.of("ANONYMOUS", "RESIDENT", "STAFF", "CADRE", "DEPARTMENT", "MEMBER", "REVIEWER", "ADMIN")
                .flatMap(user -> Stream.of(Arguments.of(user, "zh-CN"), Arguments.of(user, "en")));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("users")
    void everyReachablePageRendersWithAllItsMessages(String user, String language) throws Exception {
        Person person = person(user);
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of("/", "/admin", "/account", "/?elder=on"));
        List<String> problems = new ArrayList<>();
        while (!next.isEmpty() && seen.size() < PAGES_PER_USER) {
            String path = next.removeFirst();
            if (!seen.add(path)) {
                continue;
            }
            MockHttpServletRequestBuilder request = get(path).header("Accept-Language", language);
            if (person != null) {
                request = request.with(sessions.signedIn(person));
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            if (response.getStatus() >= 500) {
                problems.add(path + " answered " + response.getStatus());
            }
            String body = response.getContentAsString();
            Matcher missing = Pattern.compile("\\?\\?[\\w.\\-]+\\?\\?").matcher(body);
            while (missing.find()) {
                problems.add(path + " shows " + missing.group());
            }
            if (String.valueOf(response.getContentType()).startsWith("text/html")) {
                Matcher link = LINK.matcher(body);
                while (link.find()) {
                    String href = link.group(1).replace("&amp;", "&");
                    if (!SKIPPED.matcher(href).matches() && !seen.contains(href)) {
                        next.addLast(href);
                    }
                }
            }
        }
        assertThat(problems).as("pages crawled: %s", seen).isEmpty();
        assertThat(seen).as("the crawl reached beyond the start pages").hasSizeGreaterThan(5);
    }

    private @Nullable Person person(String user) {
        return switch (user) {
            case "ANONYMOUS" -> null;
            case "RESIDENT" -> people.resident();
            case "STAFF" -> people.withRole(Role.STAFF, "通川区政协");
            case "CADRE" -> people.withRole(Role.CADRE, "凤凰山社区居民委员会");
            case "DEPARTMENT" -> people.withRole(Role.DEPARTMENT, "市住房和城乡建设局");
            case "MEMBER" -> people.withRole(Role.MEMBER, "达州市政协");
            case "REVIEWER" -> people.withRole(Role.REVIEWER, "中共达州市委");
            case "ADMIN" -> people.admin();
            default -> throw new IllegalArgumentException(user);
        };
    }
}
