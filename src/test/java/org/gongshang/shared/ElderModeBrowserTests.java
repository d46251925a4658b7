package org.gongshang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongshang.support.Api;
import org.gongshang.support.Browser;
import org.gongshang.support.Browser.Screen;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 长辈模式 measured in a real browser on the narrowest phone, after MIIT's 适老化 rules: every piece of text
 * at 24 px or more, every control and tap target at 60 x 60 px or more, the simplified header, nothing
 * to scroll sideways; switched on every page and kept in a cookie, without signing in.
 */
@GongshangTest
class ElderModeBrowserTests {

    /** Text nodes whose element is smaller than 24 px, outside charts and the hidden skip link. */
    private static final String SMALL_TEXT = """
            var small = [];
            var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              var node = walker.currentNode, element = node.parentElement;
              if (!node.textContent.trim() || !element || element.closest('svg, .skip, script, [hidden]')) continue;
              if (element.getClientRects().length === 0) continue;
              var size = parseFloat(getComputedStyle(element).fontSize);
              if (size < 24) small.push(element.tagName + '.' + element.className + ' "' + node.textContent.trim().slice(0, 12) + '" ' + size + 'px');
            }
            return small;
            """;

    /** Controls and tap targets smaller than 60 x 60 px; links inside running text are not targets of their own. */
    private static final String SMALL_TARGETS = """
            var targets = document.querySelectorAll('button, .button, input:not([type=hidden]):not([type=checkbox]):not([type=radio]), '
                + 'select, summary, header.site a, .elder-tasks a, .choice, .answer-choice, .rating-scale label');
            var small = [];
            targets.forEach(function (target) {
              if (target.closest('.skip') || target.getClientRects().length === 0) return;
              var box = target.getBoundingClientRect();
              if (box.width < 60 || box.height < 60) small.push(target.tagName + '#' + target.id + '.' + target.className
                  + ' "' + target.textContent.trim().slice(0, 12) + '" ' + Math.round(box.width) + 'x' + Math.round(box.height));
            });
            return small;
            """;

    @Autowired
    Api api;

    @Autowired
    People people;

    @Test
    void theSwitchIsOnEveryPageAndAnAnonymousVisitorKeepsIt() {
        try (Browser browser = new Browser(api.baseUrl(), Screen.SMALL_PHONE).exactScreen()) {
            browser.open("/consultations");
            assertThat(browser.find("html").getDomAttribute("class")).isNull();
            browser.click("#elder-switch");

            assertThat(browser.path()).isEqualTo("/consultations?elder=on");
            for (String page : KeyPages.PUBLIC) {
                browser.open(page);
                assertThat(browser.find("html").getDomAttribute("class")).as(page).contains("elder");
                assertThat(browser.text("#elder-switch")).as(page).isEqualTo("标准模式");
            }
            assertThat(browser.findAll(".elder-tasks a").stream().map(link -> link.getText()).toList())
                    .containsExactly("提议题", "看协商", "评价", "登录");

            browser.click("#elder-switch");
            browser.open("/topics");
            assertThat(browser.find("html").getDomAttribute("class")).isNull();
            assertThat(browser.findAll(".elder-tasks")).isEmpty();
        }
    }

    @Test
    void textIs24PixelsAndTargets60PixelsOnTheKeyPages() {
        try (Browser browser = new Browser(api.baseUrl(), Screen.SMALL_PHONE).exactScreen()) {
            browser.open("/login?elder=on").logIn(people.resident());
            assertThat(browser.findAll(".elder-tasks a").stream().map(link -> link.getText().replaceAll("\\s*\\d+$", "")).toList())
                    .containsExactly("提议题", "看协商", "评价", "我的消息");

            for (String page : KeyPages.all(browser)) {
                browser.open(page);
                assertThat(browser.find("html").getDomAttribute("class")).as(page).contains("elder");
                List<String> smallText = browser.script(SMALL_TEXT);
                List<String> smallTargets = browser.script(SMALL_TARGETS);
                assertThat(smallText).as("text under 24 px on " + page).isEmpty();
                assertThat(smallTargets).as("targets under 60 x 60 px on " + page).isEmpty();
                assertThat(browser.scrollsSideways()).as(page).isFalse();
                // The menu open too: its links are targets as well.
                browser.click("header.site details.menu > summary");
                List<String> smallInMenu = browser.script(SMALL_TARGETS);
                assertThat(smallInMenu).as("targets under 60 x 60 px in the menu of " + page).isEmpty();
            }
        }
    }

    @Test
    void theAccountSettingsTurnItOnAndOff() {
        try (Browser browser = new Browser(api.baseUrl(), Screen.SMALL_PHONE).exactScreen()) {
            browser.open("/login").logIn(people.resident());
            browser.open("/account").click("#account-elder");

            assertThat(browser.find("html").getDomAttribute("class")).contains("elder");
            assertThat(browser.text("#account-elder")).isEqualTo("关闭长辈模式");
            browser.open("/inbox");
            assertThat(browser.find("html").getDomAttribute("class")).contains("elder");

            browser.open("/account").click("#account-elder");
            assertThat(browser.find("html").getDomAttribute("class")).isNull();
        }
    }
}
