package org.gongshang.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshang.outcome.OutcomeFixtures.ok;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** A department previews its official reply and confirms it; problems show at the reply form; a late signing is flagged. */
@GongshangTest
class ReplyPreviewTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    Sessions sessions;

    OutcomeFixtures fixtures;
    Api.Caller staff;
    Person lead;

    @BeforeEach
    void people() {
        fixtures = new OutcomeFixtures(context);
        staff = fixtures.api.as(fixtures.districtStaff());
        lead = fixtures.department(OutcomeFixtures.HOUSING);
    }

    @AfterEach
    void resetClock() {
        fixtures.clock.reset();
    }

    @Test
    void theReplyIsPreviewedAndGoesOutOnlyWhenConfirmed() throws Exception {
        long id = accepted();
        String reply = "/recommendations/" + id + "/handling/reply";

        mvc.perform(post(reply).param("grade", "B").param("text", "  已列入明年老旧小区改造计划。 ").with(csrf()).with(sessions.signedIn(lead)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reply-preview\"")))
                .andExpect(content().string(containsString("id=\"confirm-reply\"")))
                .andExpect(content().string(containsString(">已列入明年老旧小区改造计划。<")));
        assertThat(statusOf(id)).isEqualTo("ACCEPTED");

        mvc.perform(post(reply).param("grade", "B").param("text", "已列入明年老旧小区改造计划。").param("confirmed", "true")
                .with(csrf()).with(sessions.signedIn(lead))).andExpect(redirectedUrl("/recommendations/" + id + "/handling"));
        assertThat(statusOf(id)).isEqualTo("REPLIED");
    }

    @Test
    void problemsShowAtTheReplyFormAndNothingGoesOut() throws Exception {
        long id = accepted();
        String page = mvc.perform(post("/recommendations/" + id + "/handling/reply").param("grade", "Z'--").param("text", "")
                .with(csrf()).with(sessions.signedIn(lead))).andExpect(status().isBadRequest())
                .andExpect(content().string(not(containsString("id=\"reply-preview\""))))
                .andReturn().getResponse().getContentAsString();
        String replyForm = page.substring(page.indexOf("id=\"reply-form\""), page.indexOf("</form>", page.indexOf("id=\"reply-form\"")));
        assertThat(replyForm).contains("field-error").contains("aria-invalid=\"true\"");
        String progressForm = page.substring(page.indexOf("id=\"progress-form\""), page.indexOf("id=\"reply-form\""));
        assertThat(progressForm).doesNotContain("field-error");
        assertThat(statusOf(id)).isEqualTo("ACCEPTED");
    }

    @Test
    void onlyTheLeadDepartmentPreviewsAReply() throws Exception {
        long id = accepted();
        Person coHandler = fixtures.department(OutcomeFixtures.TRANSPORT);
        mvc.perform(post("/recommendations/" + id + "/handling/reply").param("grade", "B").param("text", "我们来答复")
                .with(csrf()).with(sessions.signedIn(coHandler))).andExpect(status().isForbidden());
        mvc.perform(post("/recommendations/" + id + "/handling/reply").param("grade", "B").param("text", "我们来答复")
                .with(csrf()).with(sessions.signedIn(fixtures.people.resident()))).andExpect(status().is4xxClientError());
        assertThat(statusOf(id)).isEqualTo("ACCEPTED");
    }

    @Test
    void aSigningDatePassedIsFlagged() throws Exception {
        long id = transferred();
        mvc.perform(get("/recommendations/" + id + "/handling").with(sessions.signedIn(lead)))
                .andExpect(content().string(containsString("id=\"sign-due\"")))
                .andExpect(content().string(not(containsString("id=\"sign-late\""))));
        fixtures.clock.advance(Duration.ofDays(20));
        mvc.perform(get("/recommendations/" + id + "/handling").with(sessions.signedIn(lead)))
                .andExpect(content().string(containsString("id=\"sign-late\"")))
                .andExpect(content().string(containsString("已超过签收期限")));
    }

    private long transferred() {
        long id = ok(staff.post("/api/v1/recommendations", """
                {"text":"在东城街道老旧小区推广电动自行车集中充电棚。","regionCode":"511702","isPublic":true}""")).get("id").asLong();
        ok(staff.post("/api/v1/recommendations/" + id + "/sign-off"));
        ok(staff.post("/api/v1/recommendations/" + id + "/transfer", "{\"leadOrganizationId\":%d,\"coOrganizationIds\":[%d]}"
                .formatted(fixtures.organization(OutcomeFixtures.HOUSING), fixtures.organization(OutcomeFixtures.TRANSPORT))));
        return id;
    }

    private long accepted() {
        long id = transferred();
        ok(fixtures.api.as(lead).post("/api/v1/recommendations/" + id + "/accept"));
        return id;
    }

    private String statusOf(long id) {
        return ok(staff.get("/api/v1/recommendations/" + id)).get("status").asString();
    }
}
