package org.gongshang.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongshang.region.Organizations;
import org.gongshang.support.Api;
import org.gongshang.support.Browser;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A facilitator runs a session in a real browser: three speakers of different categories, one turn
 * extended, opinions recorded, a consensus voted; the statistics on the console equal the recorded
 * turns, and the minutes exported to Word read back with Apache POI.
 */
@GongshangTest
class ConsultationSessionBrowserTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    Organizations organizations;

    @Autowired
    ConsultationFixtures fixtures;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(api.baseUrl());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aFacilitatorRunsASessionWithThreeSpeakers() throws Exception {
        Person staffPerson = fixtures.districtStaff();
        Api.Caller staff = api.as(staffPerson);
        long id = fixtures.create(staff);
        Person resident = people.resident();
        long residentId = fixtures.addAccount(staff, id, resident, "RESIDENT");
        long memberId = fixtures.addNamed(staff, id, "陈委员", "MEMBER");
        long cadreId = fixtures.addNamed(staff, id, "赵干部", "CADRE");
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/schedule"));
        for (long participant : new long[] {residentId, memberId, cadreId}) {
            fixtures.checkIn(staff, id, participant);
        }

        browser.open("/login").logIn(staffPerson);
        browser.waitForPath("/");
        browser.open("/consultations/" + id).click("#start").waitForPath("/consultations/" + id + "/console");
        browser.waitForText("#live-status", "协商进行中");

        // The resident speaks first, and gets one more minute.
        browser.select("#turn-participant", String.valueOf(residentId)).click("#start-turn");
        browser.waitForText("#current-speaker", resident.realName());
        browser.click("#extend-1").waitForText("#live-turn", "(+1)");

        // The member takes the floor, which ends the resident's turn; an opinion is recorded for the member.
        browser.select("#turn-participant", String.valueOf(memberId)).click("#start-turn");
        browser.waitForText("#current-speaker", "陈委员");
        browser.select("#opinion-speaker", "p:" + memberId).type("#opinion-content", "加装电梯的费用分摊方案要先公示").click("#record-opinion");
        browser.waitForText("#live-stream", "加装电梯的费用分摊方案要先公示");

        // The cadre speaks; an opinion is recorded by category only; the turn is ended.
        browser.select("#turn-participant", String.valueOf(cadreId)).click("#start-turn");
        browser.waitForText("#current-speaker", "赵干部");
        browser.select("#opinion-speaker", "c:STAKEHOLDER").type("#opinion-content", "低层住户的采光要有补偿").click("#record-opinion");
        browser.waitForText("#live-stream", "低层住户的采光要有补偿");
        browser.click("#end-turn").find("#current-speaker-none");

        // A consensus item is drafted, put to the vote, voted by the three attendees and decided.
        browser.type("#consensus-text", "加装电梯前公示费用分摊方案").click("#draft-consensus");
        browser.click(".open-voting");
        vote(residentId, "AGREE");
        vote(memberId, "AGREE");
        vote(cadreId, "DISAGREE");
        browser.click(".close-voting").waitForText("#live-consensus .result", "赞成 2，反对 1，弃权 0 · 通过");

        browser.screenshot("consultation-console");
        // htmx logs a panel it could not swap (htmx:oobErrorNoTarget) as an error.
        assertThat(browser.consoleErrors()).isEmpty();

        // The console's statistics equal the recorded turns.
        JsonNode turns = fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/turns"));
        assertThat(turns).hasSize(3);
        assertThat(turns.get(0).get("extensionMinutes").asInt()).isEqualTo(1);
        Map<ParticipantCategory, Long> recorded = new EnumMap<>(ParticipantCategory.class);
        long total = 0;
        for (JsonNode turn : turns) {
            long seconds = Duration.between(Instant.parse(turn.get("startedAt").asString()),
                    Instant.parse(turn.get("endedAt").asString())).toSeconds();
            recorded.merge(ParticipantCategory.valueOf(turn.get("category").asString()), seconds, Long::sum);
            total += seconds;
        }
        for (ParticipantCategory category : ParticipantCategory.values()) {
            assertThat(textOf("#stats-table tr[data-category=" + category + "] .seconds"))
                    .as(category.name()).isEqualTo(String.valueOf(recorded.getOrDefault(category, 0L)));
        }
        assertThat(textOf("#stats-total")).contains(String.valueOf(total));
        JsonNode stats = fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/speaking-stats"));
        assertThat(stats.get("totalSeconds").asLong()).isEqualTo(total);
        assertThat(stats.get("byCategory").get("RESIDENT").get("seconds").asLong()).isEqualTo(recorded.get(ParticipantCategory.RESIDENT));

        // Concluding leads to the minutes; their Word export reads back.
        browser.click("#conclude-confirmed").click("#conclude").waitForPath("/consultations/" + id + "/minutes");
        assertThat(browser.text("#minutes-status")).isEqualTo("草稿");
        browser.screenshot("consultation-minutes");
        HttpResponse<byte[]> export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(api.baseUrl() + "/api/v1/consultations/" + id + "/minutes/export.docx"))
                .header("Authorization", "Bearer " + staff.token()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(export.statusCode()).isEqualTo(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(export.body()));
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("老旧小区加装电梯协商纪要", "应到 3 人，实到 3 人",
                    "政协委员：加装电梯的费用分摊方案要先公示", "利益相关方：低层住户的采光要有补偿",
                    "加装电梯前公示费用分摊方案（赞成 2 票，反对 1 票，弃权 0 票，通过）");
        }
    }

    private void vote(long participantId, String choice) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(driver -> !driver.findElements(By.cssSelector(".record-vote select")).isEmpty());
        String before = textOf("#live-consensus .counts");
        browser.select(".record-vote select", String.valueOf(participantId)).click(".record-vote .vote-" + choice);
        // The panel is swapped by the response and by the pushed event: elements may go stale while we look.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(driver -> !driver.findElement(By.cssSelector("#live-consensus .counts")).getText().equals(before)
                        || driver.findElement(By.cssSelector("#console-alert")).getText().length() > 0);
        assertThat(textOf("#console-alert")).isEmpty();
    }

    /** The text of an element that a pushed event may replace while it is read. */
    private String textOf(String css) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(driver -> driver.findElement(By.cssSelector(css)).getText());
    }
}
