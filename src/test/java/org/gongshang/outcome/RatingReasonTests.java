package org.gongshang.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gongshang.outcome.OutcomeFixtures.ok;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;

import org.gongshang.outcome.internal.RatingStore;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** 不满意 asks why, and the department handling it again reads the reasons (without names). */
@GongshangTest
class RatingReasonTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    Sessions sessions;

    @Autowired
    RatingStore ratings;

    OutcomeFixtures fixtures;
    Api.Caller staff;
    Person lead;

    @BeforeEach
    void people() {
        fixtures = new OutcomeFixtures(context);
        staff = fixtures.api.as(fixtures.districtStaff());
        lead = fixtures.department(OutcomeFixtures.HOUSING);
    }

    @Test
    void unsatisfiedWithoutAReasonIsRefusedAtTheReasonOnThePageAndInTheApi() throws Exception {
        Person resident = fixtures.people.resident();
        long id = replied(resident);
        String page = "/recommendations/" + id + "/rating";

        mvc.perform(post(page).param("rating", "UNSATISFIED").param("comment", "  ").with(csrf()).with(sessions.signedIn(resident)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"comment-error\"")))
                .andExpect(content().string(containsString("请简要说明原因")))
                .andExpect(content().string(containsString("id=\"rating-form\"")));
        Api.Response api = fixtures.api.as(resident).post("/api/v1/recommendations/" + id + "/ratings", "{\"rating\":\"UNSATISFIED\"}");
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.json().get("errors").get(0).get("field").asString()).isEqualTo("comment");
        assertThat(ratings.ratings(id)).isEmpty();

        // Satisfied needs no reason.
        ok(fixtures.api.as(resident).post("/api/v1/recommendations/" + id + "/ratings", "{\"rating\":\"BASICALLY_SATISFIED\"}"));
    }

    @Test
    void theDepartmentHandlingItAgainReadsTheReasonsOnItsPageAndInItsMessage() throws Exception {
        Person first = fixtures.people.resident();
        Person second = fixtures.people.resident();
        long id = replied(first, second);
        String path = "/api/v1/recommendations/" + id;
        ok(fixtures.api.as(first).post(path + "/ratings", "{\"rating\":\"UNSATISFIED\",\"comment\":\"明年才改太晚了\"}"));
        ok(fixtures.api.as(second).post(path + "/ratings", "{\"rating\":\"UNSATISFIED\",\"comment\":\"充电棚选址离楼太远\"}"));
        assertThat(ok(staff.post(path + "/close-rating")).get("status").asString()).isEqualTo("REHANDLING");

        mvc.perform(get("/recommendations/" + id + "/handling").with(sessions.signedIn(lead))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"unsatisfied-reasons\"")))
                .andExpect(content().string(containsString("明年才改太晚了")))
                .andExpect(content().string(containsString("充电棚选址离楼太远")))
                .andExpect(content().string(not(containsString(first.realName()))));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> mvc.perform(get("/inbox").with(sessions.signedIn(lead)))
                .andExpect(content().string(containsString("充电棚选址离楼太远"))));
    }

    /** A recommendation replied to by 市住房和城乡建设局, which the people given may rate. */
    private long replied(Person... raters) {
        long id = ok(staff.post("/api/v1/recommendations", """
                {"text":"在东城街道老旧小区推广电动自行车集中充电棚。","regionCode":"511702","isPublic":true}""")).get("id").asLong();
        ok(staff.post("/api/v1/recommendations/" + id + "/sign-off"));
        ok(staff.post("/api/v1/recommendations/" + id + "/transfer",
                "{\"leadOrganizationId\":%d}".formatted(fixtures.organization(OutcomeFixtures.HOUSING))));
        ratings.addRaters(id, List.of(raters).stream().map(Person::id).toList(), RatingStore.RaterReason.SUPPORTER);
        ok(fixtures.api.as(lead).post("/api/v1/recommendations/" + id + "/accept"));
        ok(fixtures.api.as(lead).post("/api/v1/recommendations/" + id + "/reply", "{\"grade\":\"B\",\"text\":\"已列入明年计划。\"}"));
        return id;
    }
}
