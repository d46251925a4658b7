package org.gongshang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gongshang.support.Api;
import org.gongshang.support.Browser;
import org.gongshang.support.Browser.Screen;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Forms with the keyboard: the error summary after a refused form (GOV.UK's pattern), Enter in a title,
 * and a focus ring that can be seen on white and on the red header.
 */
@GongshangTest
class FormsKeyboardBrowserTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Test
    void aRefusedFormFocusesTheErrorSummaryWhoseLinksLeadToTheFields() {
        try (Browser browser = new Browser(api.baseUrl(), Screen.SMALL_PHONE).exactScreen()) {
            browser.open("/login").logIn(people.resident());
            browser.open("/topics/new").type("#title", "电梯");
            // The page's own script stops a form without 领域 in the browser (js/topic-form.js); this test is
            // about the server's refusal, so the form goes out as it would with JavaScript off.
            sendWithoutScripts(browser);
            browser.find("#confirm-similar, [data-error-summary]");
            if (!browser.findAll("#confirm-similar").isEmpty()) {
                // Similar topics are offered first; sending anyway reaches the checks of the fields.
                sendWithoutScripts(browser);
            }

            browser.find("[data-error-summary]");
            assertThat(activeElement(browser, "hasAttribute('data-error-summary')")).isEqualTo(true);
            List<String> fields = browser.findAll("[data-error-summary] a[data-field]").stream()
                    .map(link -> link.getDomAttribute("data-field")).toList();
            assertThat(fields).contains("title", "category");

            browser.click("[data-error-summary] a[data-field='title']");
            assertThat(activeElement(browser, "id")).isEqualTo("title");
            // A group of radios has no element with its name as id: the link leads to its first choice.
            browser.click("[data-error-summary] a[data-field='category']");
            assertThat(activeElement(browser, "name")).isEqualTo("category");
        }
    }

    @Test
    void enterInTheTitleMovesOnInsteadOfSendingAHalfFilledTopic() {
        try (Browser browser = new Browser(api.baseUrl(), Screen.SMALL_PHONE).exactScreen()) {
            browser.open("/login").logIn(people.resident());
            browser.open("/topics/new").type("#title", "关于小区路灯维修的建议");
            browser.find("#title").sendKeys(Keys.ENTER);

            assertThat(browser.path()).isEqualTo("/topics/new");
            assertThat(browser.findAll("[data-error-summary]")).isEmpty();
            assertThat(activeElement(browser, "id")).isNotEqualTo("title");
        }
    }

    @Test
    void theFocusRingHasThreeToOneOnWhiteAndOnTheRedHeader() {
        try (Browser browser = new Browser(api.baseUrl(), Screen.DESKTOP)) {
            browser.open("/topics");
            // The skip link first, then the brand in the red header.
            new Actions(browser.driver()).sendKeys(Keys.TAB).sendKeys(Keys.TAB).perform();
            assertThat(activeElement(browser, "className")).isEqualTo("brand");

            List<Long> inner = rgb(browser.script("return getComputedStyle(document.activeElement).outlineColor;"));
            List<Long> outer = rgb(browser.script("return getComputedStyle(document.activeElement).boxShadow;"));
            List<Long> header = rgb(browser.script("return getComputedStyle(document.querySelector('header.site')).backgroundColor;"));
            List<Long> white = List.of(255L, 255L, 255L);

            assertThat(contrast(inner, white)).as("the inner ring on white").isGreaterThanOrEqualTo(3);
            assertThat(contrast(outer, header)).as("the outer ring on the red header").isGreaterThanOrEqualTo(3);
            assertThat(contrast(inner, outer)).as("the two rings").isGreaterThanOrEqualTo(3);
        }
    }

    private static Object activeElement(Browser browser, String property) {
        return browser.script("return document.activeElement." + property + ";");
    }

    /** The first rgb(…) colour in a computed style. */
    private static List<Long> rgb(String style) {
        Matcher match = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)").matcher(style);
        assertThat(match.find()).as(style).isTrue();
        return List.of(Long.parseLong(match.group(1)), Long.parseLong(match.group(2)), Long.parseLong(match.group(3)));
    }

    /** WCAG's contrast ratio of two colours. */
    static double contrast(List<Long> a, List<Long> b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(List<Long> rgb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = rgb.get(i) / 255.0;
            c[i] = s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    private static void sendWithoutScripts(Browser browser) {
        browser.script("HTMLFormElement.prototype.submit.call(document.getElementById('topic-form'));");
    }
}
