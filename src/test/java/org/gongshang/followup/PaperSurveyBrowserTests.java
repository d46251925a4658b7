package org.gongshang.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongshang.followup.FollowUpFixtures.SupportedTopic;
import org.gongshang.support.Api;
import org.gongshang.support.Browser;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A paper questionnaire entered by staff in a real browser: from the survey's page to the paper form,
 * a forgotten rating shown at its question with the name kept, the sheet saved and the form empty for
 * the next one, and the results with the paper answers apart.
 */
@GongshangTest
class PaperSurveyBrowserTests {

    @Autowired
    Api api;

    @Autowired
    FollowUpFixtures fixtures;

    @Test
    void staffEnterAPaperQuestionnaireAndSeeItInTheResultsApart() {
        SupportedTopic topic = fixtures.supportedTopic();
        Person staff = fixtures.districtStaff();
        JsonNode survey = fixtures.publishedSurvey(api.as(staff), """
                {"title":"路灯维修回访（纸质）","anonymous":false,"topicId":%d,"questions":[
                  {"kind":"SINGLE_CHOICE","text":"路灯修好了吗？","choices":["修好了","没有修"]},
                  {"kind":"RATING","text":"请为维修质量打分"}]}""".formatted(topic.id()));
        long id = survey.get("id").asLong();
        long choice = survey.get("questions").get(0).get("choices").get(0).get("id").asLong();
        long rating = survey.get("questions").get(1).get("id").asLong();

        try (Browser browser = Browser.signedIn(api.baseUrl(), staff)) {
            browser.open("/surveys/" + id + "/manage");
            browser.click("#paper-link").waitForPath("/surveys/" + id + "/paper");
            browser.type("#respondentName", "赵大爷").type("#sheetNumber", "LD-001")
                    .click("label[for='c" + choice + "']").click("#submit-paper");
            browser.waitForText("#q" + rating + "-error", "此题为必答题");
            assertThat(browser.find("#respondentName").getAttribute("value")).isEqualTo("赵大爷");
            assertThat(browser.find("#c" + choice).isSelected()).isTrue();

            browser.click("label[for='q" + rating + "-4']").click("#submit-paper");
            browser.waitForText("main", "已保存这份纸质问卷（共录入 1 份）");
            assertThat(browser.find("#respondentName").getAttribute("value")).isEmpty();
            assertThat(browser.text("#paper-count")).contains("1 份");

            browser.open("/surveys/" + id + "/results");
            browser.waitForText("#channel-counts", "其中线上 0 份，纸质 1 份");
            browser.click("#channel-PAPER").waitForText("#response-total", "共 1 份答卷");
            assertThat(browser.text("#average-" + rating)).contains("4");
            // The refused sheet answered 400 on purpose (a page without JavaScript shows it the same way); nothing else failed.
            assertThat(browser.consoleErrors()).allMatch(error -> error.contains("/surveys/" + id + "/paper")
                    && error.contains("status of 400"));
        }
        assertThat(api.as(staff).get("/api/v1/surveys/" + id + "/responses").json().get(0).get("respondentName").asString())
                .isEqualTo("赵大爷");
    }
}
