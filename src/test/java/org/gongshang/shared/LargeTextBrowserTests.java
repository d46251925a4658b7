package org.gongshang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.gongshang.support.Api;
import org.gongshang.support.Browser;
import org.gongshang.support.Browser.Screen;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The browser's own larger text (WeChat's 150 % and 200 %), with elder mode off: on the narrowest phone the
 * key pages do not scroll sideways, the header stays one line with the links in a menu, 退出 last and apart,
 * and hints that carry instructions are as large as the text.
 */
@GongshangTest
class LargeTextBrowserTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Test
    void theKeyPagesDoNotScrollSidewaysAtTwiceTheTextSize() {
        for (int percent : new int[] {150, 200}) {
            try (Browser browser = new Browser(api.baseUrl(), Screen.SMALL_PHONE.withTextPercent(percent)).exactScreen()) {
                browser.open("/login").logIn(people.resident());
                Long width = browser.script("return window.innerWidth;");
                assertThat(width).isEqualTo(375L);
                List<String> sideways = new ArrayList<>();
                for (String page : KeyPages.all(browser)) {
                    browser.open(page);
                    if (browser.scrollsSideways()) {
                        sideways.add(page);
                    }
                    if (percent == 200) {
                        browser.screenshot("large-text-200-" + KeyPages.fileName(page) + "-375");
                    }
                }
                assertThat(sideways).as("pages that scroll sideways at 375 px and " + percent + " % text").isEmpty();
            }
        }
    }

    @Test
    void onAPhoneTheLinksAreInAMenuWithLogOutApart() {
        try (Browser browser = new Browser(api.baseUrl(), Screen.SMALL_PHONE.withTextPercent(150)).exactScreen()) {
            browser.open("/login").logIn(people.resident());
            browser.open("/topics");

            assertThat(browser.find("header.site .site-nav").isDisplayed()).isFalse();
            Double headerShare = browser.script(
                    "return document.querySelector('header.site').getBoundingClientRect().height / window.innerHeight;");
            // Was 42 % of the screen at 150 % text with the links in rows.
            assertThat(headerShare).as("the header's share of the screen").isLessThan(0.2);

            browser.click("header.site details.menu > summary");
            assertThat(browser.find("header.site details.menu a[href='/topics']").isDisplayed()).isTrue();
            Boolean logOutLastAndApart = browser.script("""
                    var menu = document.querySelector('header.site details.menu nav');
                    var logout = menu.querySelector('form.logout');
                    var links = menu.querySelector('ul').getBoundingClientRect();
                    return menu.lastElementChild === logout && logout.getBoundingClientRect().top - links.bottom >= 16;
                    """);
            assertThat(logOutLastAndApart).isTrue();
        }
    }

    @Test
    void onADesktopTheLinksAreInARowAndHintsAreAsLargeAsTheText() {
        try (Browser browser = new Browser(api.baseUrl(), Screen.DESKTOP)) {
            browser.open("/register");

            assertThat(browser.find("header.site .site-nav").isDisplayed()).isTrue();
            assertThat(browser.find("header.site details.menu").isDisplayed()).isFalse();
            List<String> smallHints = browser.script("""
                    return Array.from(document.querySelectorAll('.hint'))
                      .filter(function (hint) { return parseFloat(getComputedStyle(hint).fontSize) < 16; })
                      .map(function (hint) { return hint.textContent.trim(); });
                    """);
            assertThat(browser.findAll(".hint")).isNotEmpty();
            assertThat(smallHints).isEmpty();
        }
    }
}
