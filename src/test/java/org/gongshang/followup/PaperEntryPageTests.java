package org.gongshang.followup;

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

import java.util.List;

import org.gongshang.followup.FollowUpFixtures.SupportedTopic;
import org.gongshang.identity.Role;
import org.gongshang.support.Api;
import org.gongshang.support.Flash;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** The paper entry page: a form per sheet for staff of the region, problems at their questions, the refusals. */
@GongshangTest
class PaperEntryPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Autowired
    Flash flash;

    @Autowired
    FollowUpFixtures fixtures;

    Person staff;
    SupportedTopic topic;
    JsonNode survey;
    long id;

    @BeforeEach
    void setUp() {
        staff = fixtures.districtStaff();
        topic = fixtures.supportedTopic();
        survey = fixtures.publishedSurvey(api.as(staff), FollowUpFixtures.surveyJson("纸质问卷页面测试", topic.id(), false));
        id = survey.get("id").asLong();
    }

    @Test
    void staffEnterSheetAfterSheetAndSeeThemInTheResultsApart() throws Exception {
        mvc.perform(get("/surveys/" + id + "/paper").with(sessions.signedIn(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("录入纸质问卷"), containsString("name=\"respondentName\""),
                        containsString("name=\"q" + question(0) + "\""))));
        mvc.perform(post("/surveys/" + id + "/paper").with(sessions.signedIn(staff)).with(csrf())
                        .param("respondentName", "王芳").param("sheetNumber", "P-1").param("q" + question(0), choice(0, 1))
                        .param("q" + question(2), "3").param("q" + question(3), "路灯还是不亮"))
                .andExpect(redirectedUrl("/surveys/" + id + "/paper"))
                .andExpect(flash.notice("已保存这份纸质问卷（共录入 1 份），请录入下一份。"));

        mvc.perform(get("/surveys/" + id + "/results").param("channel", "PAPER").with(sessions.signedIn(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("共 1 份答卷"), containsString("其中线上 0 份，纸质 1 份"),
                        containsString("路灯还是不亮"))));
        mvc.perform(get("/surveys/" + id + "/results").param("channel", "ONLINE").with(sessions.signedIn(staff)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("路灯还是不亮"))));
        mvc.perform(get("/surveys/" + id + "/manage").with(sessions.signedIn(staff)))
                .andExpect(content().string(containsString("href=\"/surveys/" + id + "/paper\"")));
    }

    @Test
    void problemsComeBackAtTheirQuestionsWithTheSheetKept() throws Exception {
        mvc.perform(post("/surveys/" + id + "/paper").with(sessions.signedIn(staff)).with(csrf())
                        .param("sheetNumber", "P-9").param("filledOn", "明天").param("q" + question(0), choice(0, 0))
                        .param("q" + question(2), "99999999999999999999"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("value=\"P-9\""), containsString("aria-invalid=\"true\""))));
        mvc.perform(post("/surveys/" + id + "/paper").with(sessions.signedIn(staff)).with(csrf())
                        .param("sheetNumber", "P-9").param("q" + question(0), choice(0, 0)).param("q" + question(2), "9"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"q" + question(2) + "-error\""),
                        containsString("评分须为 1–5 分"), containsString("实名问卷请填写填写人姓名"))));
        assertThat(api.as(staff).get("/api/v1/surveys/" + id + "/results").json().get("paper").asInt()).isZero();
    }

    @Test
    void nobodyButStaffOfTheRegionSeesTheForm() throws Exception {
        mvc.perform(get("/surveys/" + id + "/paper")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/surveys/" + id + "/paper").with(sessions.signedIn(topic.submitter()))).andExpect(status().isForbidden());
        for (Person outsider : List.of(people.resident(), fixtures.otherDistrictStaff(), people.withRole(Role.MEMBER, "通川区政协"))) {
            mvc.perform(get("/surveys/" + id + "/paper").with(sessions.signedIn(outsider))).andExpect(status().isNotFound());
            mvc.perform(post("/surveys/" + id + "/paper").with(sessions.signedIn(outsider)).with(csrf())
                    .param("respondentName", "冒名").param("q" + question(2), "5")).andExpect(status().isNotFound());
        }
        assertThat(api.as(staff).get("/api/v1/surveys/" + id + "/results").json().get("paper").asInt()).isZero();
    }

    private long question(int index) {
        return survey.get("questions").get(index).get("id").asLong();
    }

    private String choice(int question, int index) {
        return survey.get("questions").get(question).get("choices").get(index).get("id").asString();
    }
}
