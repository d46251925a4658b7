package org.gongshang.deliberation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.support.Api;
import org.gongshang.support.Browser;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident votes through a deliberation in a real browser, one statement at a time (htmx), and
 * sees "where do I stand" update by server-sent events, without reloading: their group appears, and
 * their agreement puts a statement on the common-ground list (最大公约数).
 */
@GongshangTest
class DeliberationBrowserTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    Deliberations deliberations;

    @Autowired
    Statements statements;

    @Autowired
    Votes votes;

    @Autowired
    Actors actors;

    static final String SHARED = "施工期间要保证消防通道畅通";

    @Test
    void aResidentVotesAndSeesTheMapAndTheCommonGroundChange() {
        Actor organiser = actors.of(people.withRole(Role.STAFF, "通川区政协").id());
        List<String> seeds = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            seeds.add("甲方观点" + i + "：应尽快加装电梯");
            seeds.add("乙方观点" + i + "：先解决低层住户的顾虑");
        }
        seeds.add(SHARED);
        long id = deliberations.create(new NewDeliberation("加装电梯浏览器测试", "", null, 1L, "511702", ModerationMode.OPEN, null,
                Instant.now().plus(1, ChronoUnit.DAYS), seeds, List.of()), organiser).id();
        List<StatementView> shown = statements.shown(id);
        // Two camps of eight; on the shared statement camp 甲 has four agreeing votes, camp 乙 five: one short of 最大公约数.
        for (int person = 0; person < 16; person++) {
            Actor resident = actors.of(people.resident().id());
            boolean camp甲 = person % 2 == 0;
            for (StatementView s : shown) {
                if (s.text().equals(SHARED)) {
                    int index = person / 2;
                    if ((camp甲 && index < 4) || (!camp甲 && index < 5)) {
                        votes.vote(id, s.id(), VoteValue.AGREE, resident);
                    }
                } else {
                    boolean agree = s.text().startsWith("甲") == camp甲;
                    votes.vote(id, s.id(), agree ? VoteValue.AGREE : VoteValue.DISAGREE, resident);
                }
            }
        }

        Person me = people.resident();
        try (Browser browser = Browser.signedIn(api.baseUrl(), me)) {
            browser.open("/deliberations/" + id);
            browser.waitForText("#analysis-counts", "16 人参与");
            assertThat(browser.find("#opinion-map").getAttribute("outerHTML")).contains("group-label");
            assertThat(browser.driver().findElements(By.cssSelector("#common-ground li"))).isEmpty();
            for (int i = 0; i < shown.size(); i++) {
                String text = browser.text("#current-statement");
                browser.click(text.startsWith("乙") ? "#vote-disagree" : "#vote-agree");
                if (i + 1 < shown.size()) {
                    new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.not(
                            ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#current-statement"), text)));
                }
            }
            browser.find("#all-voted");
            // No reload: the SSE analysis event makes htmx fetch "where do I stand" again.
            browser.waitForText("#analysis-counts", "17 人参与");
            browser.waitForText("#my-position", "组");
            browser.waitForText("#common-ground", SHARED);
            browser.waitForText("#deliberation-counts", "17 人参与");
            assertThat(browser.find("#me-marker").getText()).isEqualTo("我");
            keepScreenshot(browser, "deliberation-standing.png");
        }
    }

    @Test
    void aVoteAfterTheSessionEndedTakesThePageToTheLoginAndBack() {
        Actor organiser = actors.of(people.withRole(Role.STAFF, "通川区政协").id());
        long id = deliberations.create(new NewDeliberation("会话过期浏览器测试", "", null, 1L, "511702", ModerationMode.OPEN, null,
                Instant.now().plus(1, ChronoUnit.DAYS), List.of("小区门口增设非机动车停放点"), List.of()), organiser).id();
        Person me = people.resident();
        try (Browser browser = Browser.signedIn(api.baseUrl(), me)) {
            browser.open("/deliberations/" + id);
            browser.find("#current-statement");
            // As if the session had timed out while the page stayed open on the phone.
            browser.driver().manage().deleteCookieNamed("SESSION");
            browser.click("#vote-agree");

            browser.waitForPath("/login");
            assertThat(browser.driver().findElements(By.cssSelector("#card"))).as("the login is a whole page, not a card").isEmpty();
            browser.logIn(me);
            browser.waitForPath("/deliberations/" + id);
            assertThat(browser.text("#current-statement")).isEqualTo("小区门口增设非机动车停放点");
        }
    }

    /** For people reviewing the page: target/screenshots/, not compared with anything. */
    static void keepScreenshot(Browser browser, String name) {
        try {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(412, 2400));
            byte[] png = ((org.openqa.selenium.TakesScreenshot) browser.driver()).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(name), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
