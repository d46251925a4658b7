package org.gongshang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.gongshang.support.GongshangTest;
import org.gongshang.support.MutableClock;
import org.gongshang.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The console's set-up link creates the first administrator: once, for a day, and never once one exists. */
@GongshangTest
class SetupLinkTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    FirstAdministrator firstAdministrator;

    @Autowired
    Accounts accounts;

    @Autowired
    RoleGrants roles;

    @Autowired
    People people;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theLinkCreatesTheAdministratorAndThenNoLonger() throws Exception {
        String token = firstAdministrator.issue();
        String username = "first" + System.nanoTime() % 1_000_000_000;
        mvc.perform(get("/setup/" + token)).andExpect(status().isOk()).andExpect(content().string(
                org.hamcrest.Matchers.containsString("创建第一位管理员")));

        mvc.perform(form(token, username, "First-admin-2026")).andExpect(redirectedUrl("/login"));

        assertThat(accounts.findByUsername(username).orElseThrow().roles()).containsExactly(Role.ADMIN);
        mvc.perform(get("/setup/" + token)).andExpect(status().isNotFound());
        mvc.perform(form(token, username + "x", "First-admin-2026")).andExpect(status().isNotFound());
        assertThat(accounts.findByUsername(username + "x")).isEmpty();
    }

    @Test
    void aRefusedFormKeepsTheLinkUsable() throws Exception {
        String token = firstAdministrator.issue();

        mvc.perform(form(token, "first" + System.nanoTime() % 1_000_000_000, "short")).andExpect(status().isBadRequest());

        mvc.perform(get("/setup/" + token)).andExpect(status().isOk());
    }

    @Test
    void expiredUnknownAndMalformedLinksAreNotFound() throws Exception {
        String token = firstAdministrator.issue();
        clock.advance(Duration.ofHours(24).plusMinutes(1));

        mvc.perform(get("/setup/" + token)).andExpect(status().isNotFound());
        mvc.perform(get("/setup/" + "A".repeat(43))).andExpect(status().isNotFound());
        mvc.perform(get("/setup/%00' or 1=1")).andExpect(status().is4xxClientError());
    }

    @Test
    void aNewLinkVoidsTheOldAndAnAdministratorGrantedElsewhereVoidsAny() throws Exception {
        String old = firstAdministrator.issue();
        String current = firstAdministrator.issue();
        mvc.perform(get("/setup/" + old)).andExpect(status().isNotFound());
        mvc.perform(get("/setup/" + current)).andExpect(status().isOk());

        var someone = people.resident();
        roles.grant(someone.id(), Role.ADMIN, null, accounts.actor(people.admin().id()));

        mvc.perform(get("/setup/" + current)).andExpect(status().isNotFound());
    }

    private static MockHttpServletRequestBuilder form(String token, String username, String password) {
        return post("/setup/" + token).with(csrf()).param("username", username).param("realName", "张管理")
                .param("phone", People.phone()).param("password", password).param("passwordConfirm", password);
    }
}
