package org.gongshang.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshang.outcome.OutcomeFixtures.ok;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.gongshang.identity.Role;
import org.gongshang.outcome.internal.RatingStore;
import org.gongshang.support.Api;
import org.gongshang.support.Flash;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.ImageFixtures;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages: forms that work without JavaScript and show refusals next to their fields, the htmx
 * due-date preview, and who may open which page (other regions, wrong roles, co-handlers replying).
 */
@GongshangTest
class OutcomePageTests {

    @Autowired MockMvc mvc;
    @Autowired Sessions sessions;
    @Autowired Flash flash;
    @Autowired ApplicationContext context;
    @Autowired RatingStore ratings;

    OutcomeFixtures fixtures;
    Person staff;
    Person lead;
    Person coHandler;

    @BeforeEach
    void people() {
        fixtures = new OutcomeFixtures(context);
        staff = fixtures.districtStaff();
        lead = fixtures.department(OutcomeFixtures.HOUSING);
        coHandler = fixtures.department(OutcomeFixtures.TRANSPORT);
    }

    long signedOff(boolean isPublic) {
        Api.Caller api = fixtures.api.as(staff);
        long id = ok(api.post("/api/v1/recommendations", """
                {"text":"在东城街道老旧小区推广电动自行车集中充电棚。","regionCode":"511702","isPublic":%s}""".formatted(isPublic))).get("id").asLong();
        ok(api.post("/api/v1/recommendations/" + id + "/sign-off"));
        return id;
    }

    long transferred() {
        long id = signedOff(true);
        ok(fixtures.api.as(staff).post("/api/v1/recommendations/" + id + "/transfer", """
                {"leadOrganizationId":%d,"coOrganizationIds":[%d]}""".formatted(fixtures.organization(OutcomeFixtures.HOUSING),
                fixtures.organization(OutcomeFixtures.TRANSPORT))));
        return id;
    }

    String statusOf(long id) {
        return ok(fixtures.api.as(staff).get("/api/v1/recommendations/" + id)).get("status").asString();
    }

    @Test
    void visitorsWithoutAnAccountAreSentToLogInForTheWorkspaces() throws Exception {
        for (String page : List.of("/recommendations/manage", "/recommendations/queue", "/recommendations/to-rate",
                "/recommendations/supervision")) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void theTransferFormPreviewsTheDueDateAndShowsAMissingLeadAtItsField() throws Exception {
        long id = signedOff(true);
        mvc.perform(get("/recommendations/" + id + "/manage").with(sessions.signedIn(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"transfer-form\"")))
                .andExpect(content().string(containsString("hx-get=\"/recommendations/due-date\"")))
                .andExpect(content().string(containsString("答复期限：")));
        mvc.perform(get("/recommendations/due-date").param("workingDays", "5").header("HX-Request", "true").with(sessions.signedIn(staff)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<output id=\"due-preview\"")))
                .andExpect(content().string(not(containsString("<html"))));

        mvc.perform(post("/recommendations/" + id + "/manage/transfer").param("leadOrganizationId", "").param("workingDays", "5")
                        .with(csrf()).with(sessions.signedIn(staff)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择主办单位。")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(post("/recommendations/" + id + "/manage/transfer").param("leadOrganizationId", "").param("workingDays", "五")
                        .with(csrf()).with(sessions.signedIn(staff)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请填写整数。")));
        assertThat(statusOf(id)).isEqualTo("SIGNED_OFF");

        mvc.perform(post("/recommendations/" + id + "/manage/transfer")
                        .param("leadOrganizationId", String.valueOf(fixtures.organization(OutcomeFixtures.HOUSING)))
                        .param("coOrganizationIds", String.valueOf(fixtures.organization(OutcomeFixtures.TRANSPORT)))
                        .param("workingDays", "20").with(csrf()).with(sessions.signedIn(staff)))
                .andExpect(redirectedUrl("/recommendations/" + id + "/manage"))
                .andExpect(flash.notice("已交办，承办单位会收到通知。"));
        assertThat(statusOf(id)).isEqualTo("TRANSFERRED");
    }

    @Test
    void theLeadDepartmentHandlesItOnItsPageAndACoHandlerMayOnlySendAnOpinion() throws Exception {
        long id = transferred();
        String page = "/recommendations/" + id + "/handling";
        mvc.perform(get(page).with(sessions.signedIn(lead))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"accept\"")))
                .andExpect(content().string(containsString("id=\"dispute-form\"")));
        mvc.perform(post(page + "/accept").with(csrf()).with(sessions.signedIn(lead)))
                .andExpect(redirectedUrl(page)).andExpect(flash.notice("已签收。"));

        MockMultipartFile photo = new MockMultipartFile("files", "现场.png", "image/png", ImageFixtures.png(40, 30));
        mvc.perform(get(page).with(sessions.signedIn(lead)))
                .andExpect(content().string(containsString("data-draft=\"outcome-progress-" + id + "\"")));
        mvc.perform(multipart(page + "/progress").file(photo).param("text", "已完成选址。").param("percent", "40")
                        .with(csrf()).with(sessions.signedIn(lead)))
                .andExpect(redirectedUrl(page)).andExpect(flash.notice("已提交办理进展。"))
                // the browser's draft of the report is forgotten once it is sent (drafts.js)
                .andExpect(flash().attribute("draftDone", "outcome-progress-" + id));
        mvc.perform(post(page + "/reply").param("text", "已列入计划。").with(csrf()).with(sessions.signedIn(lead)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择解决程度（A/B/C）。")));

        mvc.perform(get(page).with(sessions.signedIn(coHandler))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"opinion-form\"")))
                .andExpect(content().string(not(containsString("id=\"reply-form\""))));
        mvc.perform(post(page + "/reply").param("grade", "A").param("text", "已解决。").with(csrf()).with(sessions.signedIn(coHandler)))
                .andExpect(status().isForbidden());
        assertThat(statusOf(id)).isEqualTo("IN_PROGRESS");
        mvc.perform(post(page + "/opinion").param("text", "同意选址。").with(csrf()).with(sessions.signedIn(coHandler)))
                .andExpect(redirectedUrl(page));

        mvc.perform(post(page + "/reply").param("grade", "B").param("text", "充电棚已列入明年计划。").with(csrf()).with(sessions.signedIn(lead)))
                .andExpect(redirectedUrl(page)).andExpect(flash.notice("已答复，满意度测评已开始。"));
        mvc.perform(get(page).with(sessions.signedIn(lead))).andExpect(status().isOk())
                .andExpect(content().string(containsString("B · 正在解决或列入计划解决")))
                .andExpect(content().string(containsString("同意选址。")))
                .andExpect(content().string(containsString("现场.png")));
        mvc.perform(get("/recommendations/" + id + "/manage").with(sessions.signedIn(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"opinions\"")))
                .andExpect(content().string(containsString("同意选址。")));
        mvc.perform(get("/recommendations/queue").with(sessions.signedIn(lead))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/recommendations/" + id + "/handling")));
    }

    @Test
    void eachPageIsForItsRoleAndRegion() throws Exception {
        long id = transferred();
        Person resident = fixtures.people.resident();
        Person dachuanStaff = fixtures.people.withRole(Role.STAFF, "达川区政协");
        mvc.perform(get("/recommendations/" + id + "/manage").with(sessions.signedIn(resident))).andExpect(status().isForbidden());
        mvc.perform(get("/recommendations/" + id + "/manage").with(sessions.signedIn(dachuanStaff))).andExpect(status().isForbidden());
        mvc.perform(get("/recommendations/" + id + "/manage").with(sessions.signedIn(lead))).andExpect(status().isForbidden());
        mvc.perform(get("/recommendations/" + id + "/handling").with(sessions.signedIn(resident))).andExpect(status().isForbidden());
        mvc.perform(get("/recommendations/" + id + "/handling").with(sessions.signedIn(fixtures.department("市民政局"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/recommendations/" + id + "/rating").with(sessions.signedIn(resident))).andExpect(status().isForbidden());
        mvc.perform(get("/recommendations/manage").with(sessions.signedIn(lead))).andExpect(status().isForbidden());
        mvc.perform(get("/recommendations/queue").with(sessions.signedIn(resident))).andExpect(status().isForbidden());
        mvc.perform(get("/recommendations/supervision").with(sessions.signedIn(resident))).andExpect(status().isForbidden());
        mvc.perform(post("/recommendations/" + id + "/manage/close-rating").with(csrf()).with(sessions.signedIn(dachuanStaff)))
                .andExpect(status().isForbidden());

        long internal = signedOff(false);
        mvc.perform(get("/recommendations/" + internal)).andExpect(status().isNotFound());
        mvc.perform(get("/recommendations/" + internal + "/manage").with(sessions.signedIn(dachuanStaff))).andExpect(status().isNotFound());
        mvc.perform(get("/recommendations/" + internal + "/manage").with(sessions.signedIn(staff))).andExpect(status().isOk());
    }

    @Test
    void aRaterRatesOnThePageOnceAndSeesTheirRating() throws Exception {
        long id = transferred();
        Person resident = fixtures.people.resident();
        ratings.addRaters(id, List.of(resident.id()), RatingStore.RaterReason.SUPPORTER);
        ok(fixtures.api.as(lead).post("/api/v1/recommendations/" + id + "/accept"));
        ok(fixtures.api.as(lead).post("/api/v1/recommendations/" + id + "/reply", "{\"grade\":\"B\",\"text\":\"已列入明年计划。\"}"));

        mvc.perform(get("/recommendations/to-rate").with(sessions.signedIn(resident))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/recommendations/" + id + "/rating")));
        String page = "/recommendations/" + id + "/rating";
        mvc.perform(get(page).with(sessions.signedIn(resident))).andExpect(status().isOk())
                .andExpect(content().string(containsString("已列入明年计划。")))
                .andExpect(content().string(containsString("id=\"rating-UNSATISFIED\"")));
        mvc.perform(post(page).param("comment", "太慢").with(csrf()).with(sessions.signedIn(resident)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择满意、基本满意或不满意。")));
        mvc.perform(post(page).param("rating", "UNSATISFIED").param("comment", "太慢").with(csrf()).with(sessions.signedIn(resident)))
                .andExpect(redirectedUrlPattern("/recommendations/*/rating")).andExpect(flash.notice("感谢您的评价。"));
        mvc.perform(get(page).with(sessions.signedIn(resident))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"my-rating-1\"")))
                .andExpect(content().string(not(containsString("id=\"rating-form\""))));
        mvc.perform(post(page).param("rating", "SATISFIED").with(csrf()).with(sessions.signedIn(resident)))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("您已经评价过本轮答复。")));
        mvc.perform(get("/recommendations/to-rate").with(sessions.signedIn(resident)))
                .andExpect(content().string(not(containsString("/recommendations/" + id + "/rating"))));
    }

    @Test
    void everyPageHasAllItsTextsInBothLanguages() throws Exception {
        long id = transferred();
        Person resident = fixtures.people.resident();
        ratings.addRaters(id, List.of(resident.id()), RatingStore.RaterReason.SUPPORTER);
        ok(fixtures.api.as(lead).post("/api/v1/recommendations/" + id + "/accept"));
        ok(fixtures.api.as(lead).post("/api/v1/recommendations/" + id + "/extensions", "{\"workingDays\":10,\"reason\":\"需要招标\"}"));
        ok(fixtures.api.as(staff).post("/api/v1/recommendations/" + id + "/supervision-notes", "{\"note\":\"请加快\"}"));
        ok(fixtures.api.as(lead).post("/api/v1/recommendations/" + id + "/reply", "{\"grade\":\"C\",\"text\":\"留作参考。\"}"));
        Object[][] pages = {
                {"/recommendations", null}, {"/recommendations/" + id, null}, {"/recommendations/manage", staff},
                {"/recommendations/manage/new", staff}, {"/recommendations/" + id + "/manage", staff},
                {"/recommendations/supervision", staff}, {"/recommendations/queue", lead},
                {"/recommendations/" + id + "/handling", lead}, {"/recommendations/" + id + "/handling", coHandler},
                {"/recommendations/to-rate", resident}, {"/recommendations/" + id + "/rating", resident}};
        for (Object[] page : pages) {
            for (String language : List.of("zh-CN", "en")) {
                var request = get((String) page[0]).param("lang", language);
                if (page[1] != null) {
                    request = request.with(sessions.signedIn((Person) page[1]));
                }
                String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                assertThat(html).as(page[0] + " in " + language).doesNotContain("??");
            }
        }
    }

    @Test
    void thePublicPageAndListSpeakEnglishToo() throws Exception {
        long id = transferred();
        mvc.perform(get("/recommendations/" + id).param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Transferred")))
                .andExpect(content().string(containsString("Lead department")));
        mvc.perform(get("/recommendations").param("status", "TRANSFERRED").param("region", "511702")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/recommendations/" + id + "\"")));
        mvc.perform(get("/recommendations").param("region", "511703")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/recommendations/" + id + "\""))));
    }
}
