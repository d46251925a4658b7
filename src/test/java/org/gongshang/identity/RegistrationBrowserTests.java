package org.gongshang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongshang.support.Api;
import org.gongshang.support.Browser;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.SentCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A resident registers in a real browser: code by SMS (htmx), real name, ID number, residence. */
@GongshangTest
class RegistrationBrowserTests {

    @Autowired
    Api api;

    @Autowired
    SentCodes sent;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(api.baseUrl());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aResidentRegistersAndSeesTheirMaskedData() {
        String phone = People.phone();
        String idNumber = People.idNumber();

        // On a phone the header's links are in its menu.
        browser.open("/").click("header.site details.menu > summary").click("header.site details.menu a[href='/register']")
                .type("#phone", phone)
                .click("#send-code")
                .waitForText("#code-status", "验证码已发送");
        browser.type("#code", sent.require(phone, CodePurpose.REGISTER))
                .type("#realName", "陈晓梅")
                .type("#idNumber", idNumber)
                .select("#residenceRegionCode", People.COMMUNITY)
                .type("#password", "Secret-2026")
                .type("#passwordConfirm", "Secret-2026")
                .click("#register-submit")
                .waitForPath("/account");

        assertThat(browser.text("#real-name")).isEqualTo("陈晓梅");
        assertThat(browser.text("#masked-phone")).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(browser.text("#masked-id-number")).isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
        assertThat(browser.pageSource()).doesNotContain(idNumber);
        // The name, not "[Ljava.lang.Object;@…", and the next steps of a new resident.
        assertThat(browser.text("[role=status]")).isEqualTo("注册成功，欢迎您，陈晓梅！");
        assertThat(browser.findAll("#next-steps a")).hasSize(3);
    }

    @Test
    void aWrongIdNumberIsExplainedAndNothingTypedIsLost() {
        String phone = People.phone();

        browser.open("/register").type("#phone", phone).click("#send-code").waitForText("#code-status", "验证码已发送");
        browser.type("#code", sent.require(phone, CodePurpose.REGISTER))
                .type("#realName", "陈晓梅")
                .type("#idNumber", "110105194912310021")
                .type("#password", "Secret-2026")
                .type("#passwordConfirm", "Secret-2026")
                .click("#register-submit");

        assertThat(browser.text("#idNumber-error")).contains("校验位不正确");
        assertThat(browser.find("#realName").getAttribute("value")).isEqualTo("陈晓梅");
        assertThat(browser.find("#phone").getAttribute("value")).isEqualTo(phone);
        assertThat(browser.find("#password").getAttribute("value")).isEqualTo("Secret-2026");
        assertThat(browser.find("#code").getAttribute("autocomplete")).isEqualTo("one-time-code");
    }
}
