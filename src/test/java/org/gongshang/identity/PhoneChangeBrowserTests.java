package org.gongshang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.gongshang.shared.privacy.Masking;
import org.gongshang.support.Api;
import org.gongshang.support.Browser;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.MutableClock;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.SentCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident changes their phone on a phone-sized screen (the browser's window is 412×915): from
 * "my account" to the phone page, a code to each phone by htmx, both typed in.
 */
@GongshangTest
class PhoneChangeBrowserTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    SentCodes sent;

    @Autowired
    MutableClock clock;

    Browser browser;

    @AfterEach
    void closeBrowser() {
        clock.reset();
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aResidentChangesTheirPhoneWithCodesToBothPhones() {
        Person resident = people.resident();
        String newPhone = People.phone();
        clock.advance(Duration.ofSeconds(61)); // one code per phone a minute, and the registration's was just sent
        browser = Browser.signedIn(api.baseUrl(), resident);

        browser.open("/account").click("#change-phone").waitForPath("/account/phone");
        assertThat(browser.text("#masked-phone")).isEqualTo(Masking.phone(resident.phone()));
        browser.click("#send-current-code").waitForText("#current-code-status", "验证码已发送");
        browser.type("#phone", newPhone).click("#send-new-code").waitForText("#new-code-status", "验证码已发送到 " + newPhone);
        assertThat(browser.path()).as("htmx answered in place").isEqualTo("/account/phone");
        assertThat(browser.driver().findElement(By.id("send-new-code")).getRect().getX() + browser.driver()
                .findElement(By.id("send-new-code")).getRect().getWidth())
                .as("the button fits the screen").isLessThanOrEqualTo(412);

        browser.type("#currentCode", sent.require(resident.phone(), CodePurpose.PHONE_CHANGE))
                .type("#newCode", sent.require(newPhone, CodePurpose.PHONE_CHANGE))
                .click("#change-phone-submit")
                .waitForPath("/account");

        assertThat(browser.text("#masked-phone")).isEqualTo(Masking.phone(newPhone));
        assertThat(browser.pageSource()).contains("手机号已更新");
    }

    @Test
    void withoutTheOldPhonesCodeThePageSaysSoAndKeepsWhatWasTyped() {
        Person resident = people.resident();
        String newPhone = People.phone();
        browser = Browser.signedIn(api.baseUrl(), resident);

        browser.open("/account/phone").type("#phone", newPhone).click("#send-new-code")
                .waitForText("#new-code-status", "验证码已发送");
        browser.type("#newCode", sent.require(newPhone, CodePurpose.PHONE_CHANGE)).click("#change-phone-submit");

        assertThat(browser.text("#currentCode-problem")).contains("验证码");
        assertThat(browser.find("#phone").getAttribute("value")).isEqualTo(newPhone);
        assertThat(browser.text("#masked-phone")).isEqualTo(Masking.phone(resident.phone()));
    }
}
