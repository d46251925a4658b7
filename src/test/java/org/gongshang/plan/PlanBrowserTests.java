package org.gongshang.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongshang.identity.Role;
import org.gongshang.support.Api;
import org.gongshang.support.Browser;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.topic.TopicStatus;
import org.gongshang.topic.Topics;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The plan journey in a real browser on a phone-sized window: a resident's topic, accepted, is put
 * into a new plan by staff, who submit it; the party committee's reviewer approves it; anyone then
 * reads it in the calendar and downloads it as a Word document.
 */
@GongshangTest
class PlanBrowserTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    Topics topics;

    @Autowired
    ApplicationContext context;

    @Test
    void staffPlanAnAcceptedTopicTheReviewerApprovesAndEveryoneReadsAndDownloadsThePlan() throws Exception {
        PlanFixtures fixtures = new PlanFixtures(context);
        long topicId = fixtures.acceptedTopic("社区公共充电桩太少");
        String title = topics.get(topicId).title();
        Person staff = people.withRole(Role.STAFF, "通川区政协");
        Person reviewer = people.withRole(Role.REVIEWER, "中共达州市委");
        int year = PlanFixtures.nextYear();
        long planId;

        try (Browser browser = Browser.signedIn(api.baseUrl(), staff)) {
            browser.open("/plans").click("#new-plan")
                    .select("#organizationId", String.valueOf(fixtures.tongchuanCommittee()))
                    .type("#year", String.valueOf(year))
                    .click("#create-plan");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(".*/plans/\\d+/edit$"));
            planId = Long.parseLong(browser.path().replaceAll(".*/plans/(\\d+)/edit$", "$1"));

            browser.select("#topicId", String.valueOf(topicId)).select("#month", "5").click("#form-HYBRID")
                    .click("#lead-" + fixtures.demoMember())
                    .click("#add-item-submit")
                    .waitForText("#items-table", title);
            browser.click("#submit-plan").waitForText("#plan-status", "待审定");
        }

        try (Browser browser = Browser.signedIn(api.baseUrl(), reviewer)) {
            browser.open("/plans").click("#review-" + planId).waitForText("#review-items", title);
            browser.click("#approve-plan").waitForText("#plan-status", "已审定");
        }
        assertThat(topics.get(topicId).status()).isEqualTo(TopicStatus.PLANNED);

        try (Browser browser = new Browser(api.baseUrl())) {
            browser.open("/plans/" + planId);
            assertThat(browser.text("#plan-title")).isEqualTo("通川区政协" + year + "年度协商选题计划");
            assertThat(browser.text("#month-5")).contains(title, "线上线下结合", "陈委员");
            assertThat(browser.text("#month-4")).contains("本月无安排");
            String link = browser.find("#export-docx").getAttribute("href");

            HttpResponse<byte[]> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type").orElseThrow())
                    .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download.body()))) {
                assertThat(document.getParagraphs().getFirst().getText()).isEqualTo("通川区政协" + year + "年度协商选题计划");
                assertThat(document.getTables().getFirst().getRow(1).getCell(1).getText()).isEqualTo(title);
            }
        }
    }
}
