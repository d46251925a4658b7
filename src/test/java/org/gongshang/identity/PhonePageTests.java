package org.gongshang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.gongshang.shared.privacy.Masking;
import org.gongshang.support.Flash;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.MutableClock;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.SentCodes;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The page to change one's phone, as a person uses it without JavaScript: a code to the phone on
 * record, a code to the new phone, both typed in. Without the old phone's code nothing changes.
 * An administrator resets a lost phone on the account's page, with a reason.
 */
@GongshangTest
class PhonePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Autowired
    SentCodes sent;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountOpening opening;

    @Autowired
    Flash flashed;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theAccountPageLeadsToThePhonePageWhichShowsOnlyTheMaskedPhone() throws Exception {
        Person resident = people.resident();

        mvc.perform(get("/account").with(sessions.signedIn(resident)))
                .andExpect(content().string(containsString("href=\"/account/phone\"")));
        mvc.perform(get("/account/phone").with(sessions.signedIn(resident)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(Masking.phone(resident.phone())),
                        containsString("发送验证码到原手机号"), containsString("发送验证码到新手机号"),
                        not(containsString(resident.phone())))));
    }

    @Test
    void withCodesToBothPhonesThePhoneChanges() throws Exception {
        Person resident = people.resident();
        RequestPostProcessor signedIn = sessions.signedIn(resident);
        String newPhone = People.phone();
        clock.advance(Duration.ofSeconds(61)); // one code per phone a minute, and the registration's was just sent

        mvc.perform(post("/account/phone/codes").with(signedIn).with(csrf()).param("to", "CURRENT").param("phone", newPhone))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("验证码已发送到 " + Masking.phone(resident.phone())),
                        containsString("value=\"" + newPhone + "\""))));
        mvc.perform(post("/account/phone/codes").with(signedIn).with(csrf()).param("to", "NEW").param("phone", newPhone)
                        .param("currentCode", sent.require(resident.phone(), CodePurpose.PHONE_CHANGE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("验证码已发送到 " + newPhone)));

        mvc.perform(post("/account/phone").with(signedIn).with(csrf()).param("phone", newPhone)
                        .param("currentCode", sent.require(resident.phone(), CodePurpose.PHONE_CHANGE))
                        .param("newCode", sent.require(newPhone, CodePurpose.PHONE_CHANGE)))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flashed.notice("手机号已更新。"));

        assertThat(accounts.get(resident.id()).maskedPhone()).isEqualTo(Masking.phone(newPhone));
    }

    @Test
    void withoutTheOldPhonesCodeThePhoneStaysAndTheFieldSaysWhy() throws Exception {
        Person resident = people.resident();
        RequestPostProcessor signedIn = sessions.signedIn(resident);
        String attackersPhone = People.phone();
        mvc.perform(post("/account/phone/codes").with(signedIn).with(csrf()).param("to", "NEW").param("phone", attackersPhone));
        String newCode = sent.require(attackersPhone, CodePurpose.PHONE_CHANGE);

        mvc.perform(post("/account/phone").with(signedIn).with(csrf()).param("phone", attackersPhone)
                        .param("currentCode", "").param("newCode", newCode))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"currentCode-problem\""),
                        containsString("value=\"" + attackersPhone + "\""))));
        mvc.perform(post("/account/phone").with(signedIn).with(csrf()).param("phone", attackersPhone)
                        .param("currentCode", "123456").param("newCode", newCode))
                .andExpect(status().isBadRequest());

        assertThat(accounts.get(resident.id()).maskedPhone()).isEqualTo(Masking.phone(resident.phone()));
    }

    @Test
    void theHtmxButtonAnswersWithItsStatusLineOnly() throws Exception {
        Person resident = people.resident();

        String line = mvc.perform(post("/account/phone/codes").with(sessions.signedIn(resident)).with(csrf())
                        .header("HX-Request", "true").param("to", "NEW").param("phone", "123"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(line).contains("id=\"new-code-status\"").contains("请输入正确的 11 位手机号码").doesNotContain("<html");
    }

    @Test
    void anAccountWithoutAPhoneEnrolsOneWithItsCodeAlone() throws Exception {
        String username = "nophone" + System.nanoTime() % 1_000_000_000;
        long id = opening.openAdministrator(username, null, People.PASSWORD, null, "test");
        RequestPostProcessor signedIn = sessions.signedIn(new Person(id, username, "", People.PASSWORD, username));
        String phone = People.phone();

        mvc.perform(get("/account/phone").with(signedIn))
                .andExpect(content().string(allOf(containsString("尚未登记"), not(containsString("id=\"currentCode\"")))));
        mvc.perform(post("/account/phone/codes").with(signedIn).with(csrf()).param("to", "NEW").param("phone", phone));
        mvc.perform(post("/account/phone").with(signedIn).with(csrf()).param("phone", phone)
                        .param("newCode", sent.require(phone, CodePurpose.PHONE_CHANGE)))
                .andExpect(redirectedUrl("/account"));

        assertThat(accounts.get(id).maskedPhone()).isEqualTo(Masking.phone(phone));
    }

    @Test
    void anAdministratorResetsALostPhoneWithAReasonAndStaffCannot() throws Exception {
        Person resident = people.resident();
        String newPhone = People.phone();
        String page = "/admin/accounts/" + resident.id();

        mvc.perform(get(page).with(sessions.signedIn(people.admin())))
                .andExpect(content().string(containsString("id=\"phone-reset\"")));
        mvc.perform(get(page).with(sessions.signedIn(people.withRole(Role.STAFF, "通川区政协"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"phone-reset\""))));
        mvc.perform(post(page + "/phone").with(sessions.signedIn(people.withRole(Role.STAFF, "通川区政协"))).with(csrf())
                        .param("phone", newPhone).param("reason", "到社区窗口核验身份"))
                .andExpect(status().isForbidden());
        Person admin = people.admin();
        mvc.perform(post(page + "/phone").with(sessions.signedIn(admin)).with(csrf()).param("phone", newPhone).param("reason", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"phone-reset-reason-problem\""),
                        containsString("value=\"" + newPhone + "\""))));
        assertThat(accounts.get(resident.id()).maskedPhone()).isEqualTo(Masking.phone(resident.phone()));

        mvc.perform(post(page + "/phone").with(sessions.signedIn(admin)).with(csrf()).param("phone", newPhone)
                        .param("reason", "到社区窗口核验身份后更换"))
                .andExpect(redirectedUrl(page));

        assertThat(accounts.get(resident.id()).maskedPhone()).isEqualTo(Masking.phone(newPhone));
    }
}
