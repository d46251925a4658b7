package org.gongshang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongshang.support.Api;
import org.gongshang.support.Axe;
import org.gongshang.support.Browser;
import org.gongshang.support.Browser.Screen;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) on the key pages at 375 px, in the standard view and in elder mode;
 * screenshots of each to target/screenshots for people to review.
 */
@GongshangTest
class AccessibilityBrowserTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Test
    void theKeyPagesHaveNoViolationsInEitherMode() {
        try (Browser browser = new Browser(api.baseUrl(), Screen.SMALL_PHONE).exactScreen()) {
            browser.open("/login").logIn(people.resident());
            List<String> pages = KeyPages.all(browser);
            Map<String, List<String>> violations = new LinkedHashMap<>();
            for (String mode : List.of("off", "on")) {
                browser.open("/?elder=" + mode);
                for (String page : pages) {
                    browser.open(page);
                    List<String> found = Axe.violations(browser);
                    if (!found.isEmpty()) {
                        violations.put(page + " (elder " + mode + ")", found);
                    }
                    browser.screenshot((mode.equals("on") ? "elder-" : "standard-") + KeyPages.fileName(page) + "-375");
                }
            }
            assertThat(violations).isEmpty();
        }
    }

    @Test
    void axeRunsInThePagesAndFindsWhatIsWrong() {
        try (Browser browser = new Browser(api.baseUrl(), Screen.SMALL_PHONE).exactScreen()) {
            browser.open("/login");
            // Under the page's Content-Security-Policy; a field without its label is a WCAG 2.0 A failure.
            browser.script("document.querySelectorAll('label').forEach(function (label) { label.remove(); });");

            assertThat(Axe.violations(browser)).anyMatch(violation -> violation.startsWith("label "));
        }
    }

    @Test
    void aVisitorsPagesHaveNoViolationsInEitherMode() {
        try (Browser browser = new Browser(api.baseUrl(), Screen.SMALL_PHONE).exactScreen()) {
            Map<String, List<String>> violations = new LinkedHashMap<>();
            for (String mode : List.of("off", "on")) {
                browser.open("/?elder=" + mode);
                for (String page : KeyPages.PUBLIC) {
                    browser.open(page);
                    List<String> found = Axe.violations(browser);
                    if (!found.isEmpty()) {
                        violations.put(page + " (elder " + mode + ")", found);
                    }
                    browser.screenshot((mode.equals("on") ? "elder-" : "standard-") + "visitor-" + KeyPages.fileName(page) + "-375");
                }
            }
            assertThat(violations).isEmpty();
        }
    }
}
