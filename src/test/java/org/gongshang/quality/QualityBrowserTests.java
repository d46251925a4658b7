package org.gongshang.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongshang.identity.Role;
import org.gongshang.support.Api;
import org.gongshang.support.Browser;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * In a real browser: staff of 通川区 open the dashboard, filter to 通川区 and export a table to Excel,
 * open a concluded consultation's quality report with its radar chart and evidence, invite a resident
 * who took part; the resident scores the rubric, and the report shows the panel.
 */
@GongshangTest
class QualityBrowserTests {

    @Autowired
    Api api;
    @Autowired
    People people;
    @Autowired
    ApplicationContext context;

    @Test
    void staffFilterTheDashboardExportItOpenTheReportAndThePanelScores() {
        Person staff = people.withRole(Role.STAFF, "通川区政协");
        ConcludedConsultations.Concluded consultation = new ConcludedConsultations(context).concluded(staff, 1);
        Person resident = consultation.attendees().get(0);
        long id = consultation.id();

        try (Browser browser = Browser.signedIn(api.baseUrl(), staff)) {
            browser.open("/statistics");
            browser.select("#f-district", "511702").click("form.filters button[type=submit]");
            browser.waitForText("#consultation-forms", "政协小微协商");
            assertThat(browser.text("main")).contains("通川区 · 全部年度");
            String export = browser.find("#consultation-forms a.button").getAttribute("href");
            assertThat(export).contains("/statistics/consultation-forms.xlsx").contains("district=511702");
            // the download as the browser makes it, with the page's session: a workbook (a zip, "PK")
            @SuppressWarnings("unchecked")
            List<Object> download = (List<Object>) ((JavascriptExecutor) browser.driver()).executeScript("""
                    const request = new XMLHttpRequest();
                    request.open('GET', arguments[0], false);
                    request.overrideMimeType('text/plain; charset=x-user-defined');
                    request.send();
                    return [request.status, request.getResponseHeader('Content-Type'), request.responseText.substring(0, 2)];""",
                    export);
            assertThat(download).containsExactly(200L, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK");

            browser.open("/quality/consultations/" + id);
            browser.waitForText("#group-PARTICIPATION", "群众代表到会占比");
            assertThat(browser.find("figure.radar svg polygon.scores").getAttribute("points")).isNotBlank();
            // the evidence behind a number opens under it, linking to the records counted
            browser.click("#group-PARTICIPATION tbody tr:first-child details summary");
            assertThat(browser.find("#group-PARTICIPATION a[href^='/consultations/" + id + "']").isDisplayed()).isTrue();

            browser.open("/quality/consultations/" + id + "/panel");
            browser.click("input[name=accountIds][value='" + resident.id() + "']")
                    .click("form[action$='/panel'] button[type=submit]");
            browser.waitForText("#assessors", resident.realName());
        }

        try (Browser browser = Browser.signedIn(api.baseUrl(), resident)) {
            browser.open("/quality/assessments");
            browser.click("main a[href^='/quality/assessments/']");
            for (String question : List.of("topic", "preparation", "voice", "consensus", "results")) {
                browser.click("input[name='scores[" + question + "]'][value='4']");
            }
            browser.type("#comment-voice", "大家都说上了话").click("main form button[type=submit]");
            browser.waitForText("#my-answers", "大家都说上了话");
        }

        try (Browser browser = Browser.signedIn(api.baseUrl(), staff)) {
            browser.open("/quality/consultations/" + id);
            browser.waitForText("main", "评议小组（1/1 已评议）");
            assertThat(browser.text("#group-PANEL")).contains("4");
        }
    }
}
