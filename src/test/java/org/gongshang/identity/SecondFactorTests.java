package org.gongshang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.Sessions;
import org.gongshang.support.SentCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Staff, reviewers, departments and admins confirm logins with an SMS code (on outside demo mode). */
@GongshangTest
@TestPropertySource(properties = "gongshang.identity.second-factor=true")
class SecondFactorTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    SentCodes sent;

    @Autowired
    MockMvc mvc;

    @Autowired
    Sessions sessions;

    @Test
    void staffGetATokenOnlyWithTheCodeSentAfterTheirPassword() {
        var staff = people.withRole(Role.STAFF, "达州市政协");
        var passwordOnly = api.anonymous().post("/api/v1/auth/token",
                "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(staff.username(), staff.password()));
        assertThat(passwordOnly.status()).isEqualTo(401);
        assertThat(passwordOnly.json().get("code").asString()).isEqualTo("identity.second-factor.required");

        var withCode = api.anonymous().post("/api/v1/auth/token", "{\"username\":\"%s\",\"password\":\"%s\",\"code\":\"%s\"}"
                .formatted(staff.username(), staff.password(), sent.require(staff.phone(), CodePurpose.SECOND_FACTOR)));
        assertThat(withCode.status()).isEqualTo(200);
    }

    @Test
    void residentsLogInWithThePasswordAlone() {
        var resident = people.resident();

        assertThat(api.anonymous().post("/api/v1/auth/token",
                "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(resident.username(), resident.password())).status())
                .isEqualTo(200);
    }

    @Test
    void theLoginPageHoldsStaffBackUntilTheCodeIsEntered() throws Exception {
        var staff = people.withRole(Role.REVIEWER, "中共达州市委");
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/login").session(session).with(csrf()).param("username", staff.username()).param("password", staff.password()))
                .andExpect(redirectedUrl("/login/verify"));
        assertThat(sessions.signedIn(session)).isFalse();
        mvc.perform(get("/account").session(session)).andExpect(status().is3xxRedirection());

        mvc.perform(post("/login/verify").session(session).with(csrf()).param("code", "000000"));
        assertThat(sessions.signedIn(session)).isFalse();

        mvc.perform(post("/login/verify").session(session).with(csrf())
                        .param("code", sent.require(staff.phone(), CodePurpose.SECOND_FACTOR)))
                .andExpect(redirectedUrl("/"));
        assertThat(sessions.signedIn(session)).isTrue();
        mvc.perform(get("/account").session(session)).andExpect(status().isOk());
    }

    @Test
    void smsAloneIsNotEnoughForStaff() throws Exception {
        var staff = people.withRole(Role.STAFF, "达州市政协");
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login/sms/code").session(session).with(csrf()).param("phone", staff.phone()));
        // The first code of this phone may still be the one sent when the account was opened.
        String code = sent.require(staff.phone(), CodePurpose.LOGIN);

        mvc.perform(post("/login/sms").session(session).with(csrf()).param("phone", staff.phone()).param("code", code))
                .andExpect(status().isBadRequest());
        assertThat(sessions.signedIn(session)).isFalse();
    }
}
