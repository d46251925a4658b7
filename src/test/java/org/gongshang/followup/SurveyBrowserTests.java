package org.gongshang.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.gongshang.followup.FollowUpFixtures.SupportedTopic;
import org.gongshang.support.Api;
import org.gongshang.support.Browser;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A questionnaire in a real browser on a phone-sized window: staff add a question with htmx and
 * publish; the resident who submitted the topic opens the link from the notification, forgets the
 * rating, is told so at the question, answers and is thanked; staff then read the result as bars.
 */
@GongshangTest
class SurveyBrowserTests {

    @Autowired
    Api api;

    @Autowired
    FollowUpFixtures fixtures;

    @Test
    void aResidentAnswersOnAPhoneAndStaffSeeTheChart() throws Exception {
        SupportedTopic topic = fixtures.supportedTopic();
        Person staff = fixtures.districtStaff();
        long id = api.as(staff).post("/api/v1/surveys", """
                {"title":"健身器材维修回访","intro":"问卷匿名，约需一分钟。","topicId":%d,"questions":[
                  {"kind":"SINGLE_CHOICE","text":"器材修好了吗？","choices":["修好了","部分修好","没有修"]}]}"""
                .formatted(topic.id())).json().get("id").asLong();

        try (Browser browser = Browser.signedIn(api.baseUrl(), staff)) {
            browser.open("/surveys/" + id + "/manage");
            browser.click("#new-kind-RATING").type("#new-text", "请为维修质量打分").click("#add-question-submit")
                    .waitForText("#questions", "请为维修质量打分");
            assertThat(browser.path()).isEqualTo("/surveys/" + id + "/manage");
            browser.click("#publish-survey").waitForText("#survey-status", "已发布");
        }

        try (Browser browser = Browser.signedIn(api.baseUrl(), topic.submitter())) {
            browser.open("/inbox");
            browser.click("a[href='/surveys/" + id + "']");
            browser.waitForText("#survey-title", "健身器材维修回访");
            JsonNode survey = api.as(staff).get("/api/v1/surveys/" + id).json();
            long choice = survey.get("questions").get(0).get("choices").get(1).get("id").asLong();
            long rating = survey.get("questions").get(1).get("id").asLong();

            browser.click("label[for='c" + choice + "']").click("#submit-answers");
            browser.waitForText("#q" + rating + "-error", "此题为必答题");
            assertThat(browser.find("#c" + choice).isSelected()).isTrue();
            browser.click("label[for='q" + rating + "-4']").click("#submit-answers");
            browser.waitForText("#thanks", "感谢您的参与");
            screenshot(browser, "survey-answered");

            browser.open("/surveys/" + id);
            browser.waitForText("#already", "已经填写过");
        }

        try (Browser browser = Browser.signedIn(api.baseUrl(), staff)) {
            browser.open("/surveys/" + id + "/results");
            browser.waitForText("#response-total", "共 1 份答卷");
            WebElement bar = browser.find("#chart-" + api.as(staff).get("/api/v1/surveys/" + id).json()
                    .get("questions").get(0).get("id").asLong() + " tbody tr:nth-child(2) rect.value");
            assertThat(bar.getAttribute("width")).isEqualTo("100.0");
            assertThat(browser.text("#result-" + api.as(staff).get("/api/v1/surveys/" + id).json()
                    .get("questions").get(1).get("id").asLong())).contains("平均 4.00 分");
            // Phone width: the chart fits without scrolling sideways.
            Number scroll = (Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("return document.documentElement.scrollWidth - window.innerWidth");
            assertThat(scroll.intValue()).isLessThanOrEqualTo(0);
            screenshot(browser, "survey-results");
        }
    }

    /** For people reviewing the pages: target/screenshots/, not compared with anything. */
    private static void screenshot(Browser browser, String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    }
}
