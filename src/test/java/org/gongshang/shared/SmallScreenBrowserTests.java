package org.gongshang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongshang.support.Api;
import org.gongshang.support.Browser;
import org.gongshang.support.Browser.Screen;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Pages on the narrowest phone the platform is made for (375 px): nothing to scroll sideways. */
@GongshangTest
class SmallScreenBrowserTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Test
    void theEnglishAccountPageFitsTheNarrowestPhone() {
        try (Browser browser = new Browser(api.baseUrl(), Screen.SMALL_PHONE)) {
            browser.open("/login").logIn(people.resident());

            browser.open("/account?lang=en");

            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
            // English labels (Masked ID number, Residence) are longer than the Chinese: label above value here.
            assertThat(browser.scrollsSideways()).isFalse();
            browser.screenshot("account-en-375");
        }
    }
}
