package org.gongshang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gongshang.support.Api;
import java.time.Duration;

import org.gongshang.support.GongshangTest;
import org.gongshang.support.MutableClock;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.SentCodes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The attack: someone who learnt the password stays signed in after the owner changed it. A change
 * or a reset ends every other session and token at its next request; the changing session stays.
 */
@GongshangTest
class CredentialsChangeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    SentCodes sent;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsAndTokensButNotItsOwn() throws Exception {
        Person resident = people.resident();
        MockHttpSession owner = logIn(resident);
        MockHttpSession intruder = logIn(resident);
        var intrudersToken = api.as(resident);
        assertThat(intrudersToken.get("/api/v1/me").status()).isEqualTo(200);

        mvc.perform(post("/account/password").session(owner).with(csrf()).param("currentPassword", resident.password())
                .param("newPassword", "Changed-2026-pw").param("newPasswordConfirm", "Changed-2026-pw"))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get("/account").session(intruder)).andExpect(redirectedUrl("/login"));
        assertThat(intrudersToken.get("/api/v1/me").status()).isEqualTo(401);
        mvc.perform(get("/account").session(owner)).andExpect(status().isOk());
    }

    @Test
    void aPasswordResetEndsEverySessionAndToken() throws Exception {
        Person resident = people.resident();
        MockHttpSession intruder = logIn(resident);
        var intrudersToken = api.as(resident);
        clock.advance(Duration.ofSeconds(61)); // one code per phone a minute, and the registration's was just sent
        api.anonymous().post("/api/v1/auth/verification-codes", "{\"phone\":\"%s\",\"purpose\":\"RESET\"}".formatted(resident.phone()));

        var reset = api.anonymous().post("/api/v1/auth/password-reset", "{\"phone\":\"%s\",\"code\":\"%s\",\"newPassword\":\"Reset-2026-pw\"}"
                .formatted(resident.phone(), sent.require(resident.phone(), CodePurpose.RESET)));

        assertThat(reset.status()).isEqualTo(204);
        mvc.perform(get("/account").session(intruder)).andExpect(redirectedUrl("/login"));
        assertThat(intrudersToken.get("/api/v1/me").status()).isEqualTo(401);
    }

    private MockHttpSession logIn(Person person) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", person.username())
                .param("password", person.password())).andExpect(redirectedUrl("/"));
        return session;
    }
}
