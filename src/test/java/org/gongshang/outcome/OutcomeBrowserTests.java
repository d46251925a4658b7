package org.gongshang.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshang.outcome.OutcomeFixtures.ok;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gongshang.support.Api;
import org.gongshang.support.Browser;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The outcome journey in a real browser on a phone-sized window: staff sign off and transfer a
 * consultation's recommendation (the due date follows the period as it is typed); the department
 * signs for it, reports progress and replies with grade B on its pages; a resident who attended
 * rates it unsatisfied on hers, and so does a majority; the department handles it again and
 * replies; she rates the new reply satisfied; it is closed, and anyone reads its history.
 */
@GongshangTest
class OutcomeBrowserTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Recommendations recommendations;

    @Test
    void theDepartmentAndAResidentTakeARecommendationThroughRehandlingToItsClose() throws Exception {
        OutcomeFixtures fixtures = new OutcomeFixtures(context);
        OutcomeFixtures.Consultation consultation = fixtures.concludedConsultation(3, "小区出入口设置人车分流通道");
        long id = fixtures.draftsOf(consultation.id(), 1).getFirst().id();
        Api api = fixtures.api;
        Person lead = fixtures.department(OutcomeFixtures.HOUSING);
        Person resident = consultation.attendees().getFirst();
        String path = "/api/v1/recommendations/" + id;
        String handling = "/recommendations/" + id + "/handling";

        try (Browser browser = Browser.signedIn(api.baseUrl(), consultation.organiser())) {
            browser.open("/recommendations/" + id + "/manage").click("#sign-off").waitForText("#status", "已批办");
            String due = recommendations.dueIfTransferredToday(20).toString();
            browser.select("#leadOrganizationId", String.valueOf(fixtures.organization(OutcomeFixtures.HOUSING)))
                    .click("#co-" + fixtures.organization(OutcomeFixtures.TRANSPORT))
                    .type("#workingDays", "20").waitForText("#due-preview", due);
            browser.click("#transfer").waitForText("#status", "已交办");
            assertThat(browser.text("#due-date")).contains(due);
        }

        try (Browser browser = Browser.signedIn(api.baseUrl(), lead)) {
            browser.open("/recommendations/queue").waitForText("#toSign", "小区出入口设置人车分流通道");
            browser.click("#toSign a[href='" + handling + "']").waitForPath(handling);
            browser.click("#accept").waitForText("#status", "已签收");
            browser.type("#progress-text", "已完成出入口现场测量，人车分流方案正在设计。").type("#percent", "40")
                    .click("#report-progress").waitForText("#status", "办理中");
            // The official reply is previewed as it will go out, then confirmed.
            browser.click("#grade-B").type("#reply-text", "人车分流方案已列入明年老旧小区改造计划。").click("#reply")
                    .waitForText("#preview-text", "人车分流方案已列入明年老旧小区改造计划。");
            assertThat(browser.text("#status")).isEqualTo("办理中");
            browser.click("#confirm-reply").waitForText("#status", "已答复");
            screenshot(browser, "outcome-handling");
        }

        try (Browser browser = Browser.signedIn(api.baseUrl(), resident)) {
            // She lands on her tasks, which lead to the reply to rate.
            assertThat(browser.path()).isEqualTo("/");
            assertThat(browser.text("#my-tasks a[href='/recommendations/to-rate'] .task-count")).isEqualTo("1");
            browser.click("#my-tasks a[href='/recommendations/to-rate']").waitForText("#awaiting", "小区出入口设置人车分流通道");
            browser.click("#awaiting a[href='/recommendations/" + id + "/rating']").waitForText("#latest-reply", "列入明年");
            browser.click("#rating-UNSATISFIED").click("#submit-rating").waitForText("#comment-error", "请简要说明原因");
            assertThat(browser.find("#rating-UNSATISFIED").isSelected()).isTrue();
            browser.type("#comment", "明年太晚，孩子上学天天要经过。").click("#submit-rating")
                    .waitForText("#my-rating-1", "不满意");
            screenshot(browser, "outcome-rating");
        }
        ok(api.as(consultation.attendees().get(1)).post(path + "/ratings", "{\"rating\":\"UNSATISFIED\",\"comment\":\"太慢了。\"}"));
        ok(api.as(consultation.attendees().get(2)).post(path + "/ratings", "{\"rating\":\"SATISFIED\"}"));
        Api.Caller staff = api.as(consultation.organiser());
        assertThat(ok(staff.post(path + "/close-rating")).get("status").asString()).isEqualTo("REHANDLING");

        try (Browser browser = Browser.signedIn(api.baseUrl(), lead)) {
            browser.open(handling).waitForText("#status", "重新办理");
            assertThat(browser.text("#rehandling-note")).contains("不满意");
            assertThat(browser.text("#unsatisfied-reasons")).contains("明年太晚").contains("太慢了");
            browser.click("#grade-A").type("#reply-text", "已利用寒假施工，人车分流通道已建成使用。").click("#reply")
                    .waitForText("#preview-text", "已利用寒假施工").click("#confirm-reply").waitForText("#status", "已答复");
        }

        try (Browser browser = Browser.signedIn(api.baseUrl(), resident)) {
            browser.open("/recommendations/" + id + "/rating").click("#rating-SATISFIED").click("#submit-rating")
                    .waitForText("#my-rating-2", "满意");
        }
        ok(api.as(consultation.attendees().get(1)).post(path + "/ratings", "{\"rating\":\"SATISFIED\"}"));
        assertThat(ok(staff.post(path + "/close-rating")).get("result").asString()).isEqualTo("SATISFIED");
        ok(staff.post(path + "/close", "{\"note\":\"办结\"}"));

        try (Browser browser = new Browser(api.baseUrl())) {
            browser.open("/recommendations/" + id).waitForText("#status", "已办结");
            assertThat(browser.text("#progress")).contains("100%");
            assertThat(browser.text("#history")).contains("已交办", "已签收", "办理中", "测评结果：不满意，重新办理", "已测评", "已办结");
            assertThat(browser.text("#replies")).contains("B · 正在解决或列入计划解决", "A · 已解决或基本解决");
            assertThat(browser.text("#satisfaction")).contains("不满意", "满意");
            assertThat(browser.text("#consultation-link")).isEqualTo("小区停车怎么管");
            assertThat(browser.pageSource()).doesNotContain(resident.realName(), "明年太晚");
            screenshot(browser, "outcome-public");
        }
    }

    /** Keeps a picture of the page under target/screenshots, for people to look at; nothing is asserted on it. */
    private static void screenshot(Browser browser, String name) throws IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    }
}
