package org.gongshang.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.gongshang.shared.AuditRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.gongshang.shared.Zones;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Searching the audit log on its page and through the API. */
@GongshangTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditLogPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Autowired
    Api api;

    @Autowired
    AuditLog auditLog;

    @Autowired
    ApplicationEventPublisher events;

    Person admin;

    @BeforeAll
    void makeAdmin() {
        admin = people.admin();
    }

    @Test
    void thePageShowsMatchingEntriesNewestFirst() throws Exception {
        String subject = UUID.randomUUID().toString();
        events.publishEvent(AuditRecord.of("test.page.first", 42L, "widget", subject).with("colour", "红"));
        events.publishEvent(AuditRecord.of("test.page.second", 42L, "widget", subject));

        String body = mvc.perform(get("/admin/audit").param("action", "test.page.").param("subjectId", subject)
                        .with(sessions.signedIn(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("审计日志"), containsString("colour：红"),
                        containsString("value=\"test.page.\""))))
                .andReturn().getResponse().getContentAsString();
        assertThat(body.indexOf("test.page.second")).isLessThan(body.indexOf("test.page.first"));
    }

    @Test
    void codesAreShownAsWordsAndDetailsWithoutAValueAreLeftOut() throws Exception {
        String subject = UUID.randomUUID().toString();
        events.publishEvent(AuditRecord.of("outcome.accepted", 42L, "recommendation", subject)
                .with("from", "TRANSFERRED").with("reason", null));
        events.publishEvent(AuditRecord.of("topic.declined", 42L, "topic", subject)
                .with("reason", "DUPLICATE").with("preflags", "[PETITION, DUPLICATE]").with("held", true));

        Document page = Jsoup.parse(mvc.perform(get("/admin/audit").param("subjectId", subject).with(sessions.signedIn(admin)))
                .andReturn().getResponse().getContentAsString());

        assertThat(page.select("tbody tr").eachText()).satisfiesExactly(
                declined -> assertThat(declined).contains("议题不予采纳", "议题 " + subject, "理由：重复", "预警：已纳入信访、重复",
                        "暂缓公开：是"),
                accepted -> assertThat(accepted).contains("办理单位签收", "协商成果 " + subject, "原来：已交办")
                        .doesNotContain("null", "理由"));
    }

    @Test
    void anHtmxSearchAnswersWithTheResultsAlone() throws Exception {
        String subject = UUID.randomUUID().toString();
        events.publishEvent(AuditRecord.of("test.htmx", null, "widget", subject));

        mvc.perform(get("/admin/audit").param("subjectId", subject).header("HX-Request", "true")
                        .with(sessions.signedIn(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"audit-results\""), containsString("test.htmx"),
                        not(containsString("<html")))));
    }

    @Test
    void malformedFiltersAreShownNextToTheirFieldsWithTheInputKept() throws Exception {
        mvc.perform(get("/admin/audit").param("actor", "张三").param("from", "2026-13-01").with(sessions.signedIn(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("操作人应为账号编号（数字）。"),
                        containsString("日期格式应为 2026-01-31。"), containsString("value=\"张三\""),
                        containsString("id=\"audit-from-problem\""))));
    }

    @Test
    void anHtmxSearchShowsMalformedFiltersInItsFormWithA200SoThatHtmxSwapsThem() throws Exception {
        mvc.perform(get("/admin/audit").param("actor", "张三").header("HX-Request", "true").with(sessions.signedIn(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"audit-search\""),
                        containsString("操作人应为账号编号（数字）。"), containsString("id=\"audit-actor-problem\""),
                        not(containsString("<html")))));
    }

    @Test
    void anEndBeforeTheStartIsRefused() throws Exception {
        mvc.perform(get("/admin/audit").param("from", "2026-05-02").param("to", "2026-05-01").with(sessions.signedIn(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("截止日期不能早于起始日期。")));
    }

    @Test
    void theApiFiltersAndPagesNewestFirst() {
        String subject = UUID.randomUUID().toString();
        for (int i = 1; i <= 3; i++) {
            events.publishEvent(AuditRecord.of("test.api." + i, 7L, "gadget", subject));
        }
        var caller = api.as(admin);

        JsonNode first = caller.get("/api/v1/admin/audit?subjectType=gadget&subjectId=" + subject + "&size=2").json();
        JsonNode second = caller.get("/api/v1/admin/audit?subjectType=gadget&subjectId=" + subject + "&size=2&page=1").json();

        assertThat(first.valueStream().map(e -> e.get("action").asString())).containsExactly("test.api.3", "test.api.2");
        assertThat(second.valueStream().map(e -> e.get("action").asString())).containsExactly("test.api.1");
        assertThat(first.get(0).get("actorId").asLong()).isEqualTo(7L);
    }

    @Test
    void theApiFiltersByActorAndDay() {
        LocalDate today = LocalDate.now(Zones.platform());
        Person someone = people.admin();
        var caller = api.as(admin);

        // Up to tomorrow, in case midnight passes while the test runs.
        JsonNode entries = caller.get("/api/v1/admin/audit?actor=" + someone.id() + "&from=" + today + "&to=" + today.plusDays(1)).json();
        JsonNode yesterday = caller.get("/api/v1/admin/audit?actor=" + someone.id() + "&to=" + today.minusDays(1)).json();

        assertThat(entries.valueStream().map(e -> e.get("action").asString())).contains("identity.password-changed");
        assertThat(yesterday.valueStream()).isEmpty();
    }

    @Test
    void theApiAnswersBadFiltersWithProblemDetails() {
        var caller = api.as(admin).inLanguage("en");

        var range = caller.get("/api/v1/admin/audit?from=2026-05-02&to=2026-05-01");
        var size = caller.get("/api/v1/admin/audit?size=1000");
        var date = caller.get("/api/v1/admin/audit?from=yesterday");

        assertThat(range.status()).isEqualTo(400);
        assertThat(range.contentType()).startsWith("application/problem+json");
        assertThat(range.json().get("errors").get(0).get("message").asString())
                .isEqualTo("The end date cannot be before the start date.");
        assertThat(size.status()).isEqualTo(400);
        assertThat(date.status()).isEqualTo(400);
    }

    @Test
    void viewingTheLogIsNotItselfRecorded() throws Exception {
        Person viewer = people.admin();
        var caller = api.as(viewer);
        int before = recordedFor(viewer);

        mvc.perform(get("/admin/audit").with(sessions.signedIn(viewer))).andExpect(status().isOk());
        assertThat(caller.get("/api/v1/admin/audit").status()).isEqualTo(200);

        assertThat(recordedFor(viewer)).isEqualTo(before);
    }

    private int recordedFor(Person person) {
        return auditLog.search(new AuditQuery(null, person.id(), null, null, null, null, 0, AuditQuery.MAX_SIZE))
                .entries().size();
    }
}
