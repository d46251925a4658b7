package org.gongshang.topic;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongshang.identity.Role;
import org.gongshang.similarity.SimilarTexts;
import org.gongshang.support.Api;
import org.gongshang.support.Browser;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The journey in a real browser: a resident types a title and sees a similar topic (htmx),
 * submits anyway, a neighbour co-signs, staff screen it with the pre-flag shown and decline it,
 * and the submitter reads the reason in plain words.
 */
@GongshangTest
class TopicBrowserTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    SimilarTexts similarTexts;

    @Test
    void aFormalRewordingOfATitleIsSuggestedTheElevatorTopicWhileTyping() {
        DemoEmbeddings.awaitTopics(similarTexts);

        try (Browser browser = Browser.signedIn(api.baseUrl(), people.resident())) {
            browser.open("/topics/new").type("#title", "关于加快既有住宅增设电梯的建议")
                    .waitForText("#similar", "老旧小区加装电梯推进难");
            assertThat(browser.text("#similar")).doesNotContain("停车");
        }
    }

    @Test
    void aTopicGoesFromSubmissionThroughCoSigningToAScreeningTheSubmitterCanRead() {
        Person submitter = people.resident();
        Person neighbour = people.resident("511702001002");
        Person staff = people.withRole(Role.STAFF, "通川区政协");
        long id;

        try (Browser browser = Browser.signedIn(api.baseUrl(), submitter)) {
            browser.open("/topics/new").type("#title", "关于推进老旧小区电梯加装的建议")
                    .waitForText("#similar", "老旧小区加装电梯难");
            browser.type("#description", "我们楼有住户扬言去法院起诉反对加装电梯的邻居，建议政协出面协商，出台加装电梯的补贴和协商办法。")
                    .click("#category-SOCIETY")
                    .click("#submit-topic")
                    .waitForText("#confirm-similar", "相似");
            browser.click("#submit-topic");
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(ExpectedConditions.urlMatches(".*/topics/\\d+$"));
            id = Long.parseLong(browser.path().replaceAll(".*/topics/(\\d+)$", "$1"));
            assertThat(browser.text("#topic-status")).isEqualTo("待遴选");
            assertThat(browser.text("#support")).startsWith("1 人支持");
        }

        try (Browser browser = Browser.signedIn(api.baseUrl(), neighbour)) {
            browser.open("/topics/" + id).click("#cosign").waitForText("#support", "2 人支持，来自 2 个社区");
        }

        try (Browser browser = Browser.signedIn(api.baseUrl(), staff)) {
            browser.open("/screening").click("a[href='/screening/" + id + "']");
            assertThat(browser.text("#preflags")).contains("法院 → 涉法涉诉");
            browser.click("#decision-decline").select("#reason", "LEGAL_LITIGATION")
                    .type("#note", "起诉属于司法程序，请通过法院解决；加装电梯的补贴办法可另行提出。")
                    .click("#decide")
                    .waitForText("#screening-status", "不予采纳");
        }

        try (Browser browser = Browser.signedIn(api.baseUrl(), submitter)) {
            browser.open("/topics/" + id);
            assertThat(browser.text("#decline-reason")).contains("涉法涉诉", "司法途径", "另行提出");
            browser.open("/topics/mine");
            assertThat(browser.text("#mine-" + id)).contains("不予采纳", "提出");
        }
    }

    @Test
    void whatAResidentTypedSurvivesAnEndedSessionAndIsForgottenOnceSent() {
        Person resident = people.resident();
        String title = "关于社区开设老年人智能手机课堂的建议";
        String description = "很多老人不会用手机挂号、缴费，建议社区每周开设一次智能手机课堂，请志愿者手把手教。";
        try (Browser browser = Browser.signedIn(api.baseUrl(), resident)) {
            browser.open("/topics/new").type("#title", title).type("#description", description);
            // The session ends while the phone shows the form (WeChat's web view drops cookies).
            browser.driver().manage().deleteCookieNamed("SESSION");
            browser.click("#category-SOCIETY").click("#submit-topic");

            browser.waitForPath("/login");
            browser.logIn(resident);
            browser.waitForPath("/topics/new");
            assertThat(browser.find("#title").getDomProperty("value")).isEqualTo(title);
            assertThat(browser.find("#description").getDomProperty("value")).isEqualTo(description);
            assertThat(browser.find("#topic-form [data-draft-note]").isDisplayed()).isTrue();

            browser.click("#category-SOCIETY").click("#submit-topic");
            if (!browser.driver().findElements(org.openqa.selenium.By.id("confirm-similar")).isEmpty()) {
                browser.click("#submit-topic");
            }
            new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(ExpectedConditions.urlMatches(".*/topics/\\d+$"));
            browser.open("/topics/new");
            assertThat(browser.find("#title").getDomProperty("value")).as("sent, so forgotten").isEmpty();
            assertThat(browser.find("#topic-form [data-draft-note]").isDisplayed()).isFalse();
        }
    }
}
