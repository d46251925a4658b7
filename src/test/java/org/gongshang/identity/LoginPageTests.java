package org.gongshang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.SentCodes;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@GongshangTest
class LoginPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Autowired
    SentCodes sent;

    @Autowired
    org.gongshang.support.MutableClock clock;

    @Test
    void aResidentLogsInWithPasswordAndReachesTheirAccount() throws Exception {
        var resident = people.resident();
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/login").session(session).with(csrf()).param("username", resident.phone()).param("password", resident.password()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/account").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(resident.realName())))
                .andExpect(content().string(containsString(resident.phone().substring(0, 3) + "****")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(resident.phone()))));
    }

    @Test
    void aWrongPasswordShowsATranslatedMessage() throws Exception {
        var resident = people.resident();
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/login").session(session).with(csrf()).param("username", resident.username()).param("password", "nope-12345"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "").param("lang", "en").session(session))
                .andExpect(content().string(containsString("Wrong account or password.")));
    }

    @Test
    void aResidentLogsInWithAnSmsCode() throws Exception {
        var resident = people.resident();
        MockHttpSession session = new MockHttpSession();
        // Registration sent a code a moment ago; the login code must wait for the interval.
        mvc.perform(post("/login/sms/code").session(session).with(csrf()).param("phone", resident.phone()))
                .andExpect(content().string(containsString("秒后再试")));
        clock.advance(java.time.Duration.ofSeconds(61));
        try {
            mvc.perform(post("/login/sms/code").session(session).with(csrf()).param("phone", resident.phone()))
                    .andExpect(content().string(containsString("验证码已发送")));
            mvc.perform(post("/login/sms").session(session).with(csrf()).param("phone", resident.phone())
                            .param("code", sent.require(resident.phone(), CodePurpose.LOGIN)))
                    .andExpect(redirectedUrl("/"));
            mvc.perform(get("/account").session(session)).andExpect(status().isOk());
        } finally {
            clock.reset();
        }
    }

    @Test
    void protectedPagesSendAnonymousVisitorsToTheLoginPage() throws Exception {
        mvc.perform(get("/account")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/accounts")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void residentsMayNotOpenAccountAdministration() throws Exception {
        mvc.perform(get("/admin/accounts").with(sessions.signedIn(people.resident()))).andExpect(status().isForbidden());
    }

    @Test
    void registrationKeepsWhatWasTypedAndNamesTheWrongField() throws Exception {
        String phone = People.phone();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/register/code").session(session).with(csrf()).param("phone", phone))
                .andExpect(content().string(containsString("验证码已发送")));

        mvc.perform(post("/register").session(session).with(csrf())
                        .param("phone", phone).param("code", sent.require(phone, CodePurpose.REGISTER))
                        .param("realName", "周八").param("idNumber", "110105194912310021")
                        .param("password", "Secret-2026").param("passwordConfirm", "Secret-2026"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("校验位不正确")))
                .andExpect(content().string(containsString("value=\"周八\"")))
                // The passwords were right: kept, so that the resident does not type both again (issue 17).
                .andExpect(content().string(containsString("value=\"Secret-2026\"")));
    }

    @Test
    void registrationSignsTheResidentIn() throws Exception {
        String phone = People.phone();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/register/code").session(session).with(csrf()).param("phone", phone));

        mvc.perform(post("/register").session(session).with(csrf())
                        .param("phone", phone).param("code", sent.require(phone, CodePurpose.REGISTER))
                        .param("realName", "周八").param("idNumber", People.idNumber()).param("residenceRegionCode", People.COMMUNITY)
                        .param("password", "Secret-2026").param("passwordConfirm", "Secret-2026"))
                .andExpect(redirectedUrl("/account"));
        var page = mvc.perform(get("/account").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("周八").contains("凤凰山社区");
    }

    @Test
    void theHtmxCodeButtonAnswersWithTheStatusLineOnly() throws Exception {
        var response = mvc.perform(post("/register/code").header("HX-Request", "true").with(csrf()).param("phone", "123"))
                .andReturn().getResponse().getContentAsString();

        assertThat(response).contains("id=\"code-status\"").doesNotContain("<html");
    }
}
