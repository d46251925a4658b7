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

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongshang.followup.FollowUpFixtures.SupportedTopic;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.DispatcherServlet;
import tools.jackson.databind.JsonNode;

/** The survey pages: the builder with and without htmx, the answer page's states, the results with charts and the download. */
@GongshangTest
class SurveyPageTests {

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
    Surveys surveys;

    @Autowired
    FollowUpFixtures fixtures;

    Person staff;
    SupportedTopic topic;

    @BeforeEach
    void setUp() {
        staff = fixtures.districtStaff();
        topic = fixtures.supportedTopic();
    }

    @Test
    void staffBuildASurveyWithFormsThatWorkWithoutJavaScript() throws Exception {
        String location = mvc.perform(post("/surveys/new").with(sessions.signedIn(staff)).with(csrf())
                        .param("title", "页面建问卷").param("anonymous", "true").param("audience", "INVITED")
                        .param("topicId", String.valueOf(topic.id())))
                .andExpect(status().is3xxRedirection()).andExpect(flash.notice("问卷已创建，请添加题目。"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.replaceAll("\\D", ""));

        for (String[] question : new String[][] {{"SINGLE_CHOICE", "是否满意？", "满意\n不满意"}, {"RATING", "请打分", ""},
                {"FREE_TEXT", "建议", ""}}) {
            mvc.perform(post("/surveys/" + id + "/questions").with(sessions.signedIn(staff)).with(csrf())
                            .param("kind", question[0]).param("text", question[1]).param("choices", question[2]).param("required", "true"))
                    .andExpect(status().is3xxRedirection());
        }
        List<Question> questions = surveys.managed(id, fixtures.actor(staff)).questions();
        assertThat(questions).extracting(Question::text).containsExactly("是否满意？", "请打分", "建议");
        assertThat(questions.getFirst().choices()).extracting(Choice::text).containsExactly("满意", "不满意");

        mvc.perform(post("/surveys/" + id + "/questions/" + questions.get(2).id() + "/move").param("direction", "up")
                .with(sessions.signedIn(staff)).with(csrf())).andExpect(redirectedUrl("/surveys/" + id + "/manage#questions"));
        mvc.perform(post("/surveys/" + id + "/questions/" + questions.get(0).id() + "/remove")
                .with(sessions.signedIn(staff)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(surveys.managed(id, fixtures.actor(staff)).questions()).extracting(Question::text).containsExactly("建议", "请打分");

        // Without htmx a refused question is a 400 with the form again; with htmx a 200, which htmx swaps in.
        mvc.perform(post("/surveys/" + id + "/questions").with(sessions.signedIn(staff)).with(csrf())
                        .param("kind", "MULTIPLE_CHOICE").param("text", "只有一个选项").param("choices", "甲"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("选择题须有 2–20 个不重复的选项")));
        mvc.perform(post("/surveys/" + id + "/questions").header("HX-Request", "true").with(sessions.signedIn(staff)).with(csrf())
                        .param("kind", "MULTIPLE_CHOICE").param("text", "只有一个选项").param("choices", "甲"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("id=\"builder\""),
                        containsString("aria-invalid=\"true\""), containsString("只有一个选项"))));

        mvc.perform(post("/surveys/" + id + "/publish").with(sessions.signedIn(staff)).with(csrf()))
                .andExpect(flash.notice("问卷已发布，已通知相关人员。"));
        mvc.perform(get("/surveys/" + id + "/manage").with(sessions.signedIn(staff))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/surveys/" + id + "/qr.svg"), containsString("id=\"survey-link\""),
                        not(containsString("id=\"add-question\"")))));
        mvc.perform(get("/surveys/" + id + "/qr.svg").with(sessions.signedIn(staff))).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
    }

    @Test
    void theAnswerPageThanksOnceAndThenSaysItWasAnswered() throws Exception {
        JsonNode survey = fixtures.publishedSurvey(api.as(staff), FollowUpFixtures.surveyJson("页面作答测试", topic.id(), true));
        long id = survey.get("id").asLong();
        JsonNode questions = survey.get("questions");
        String single = "q" + questions.get(0).get("id").asLong();
        String rating = "q" + questions.get(2).get("id").asLong();
        String choice = questions.get(0).get("choices").get(1).get("id").asString();

        mvc.perform(get("/surveys/" + id).with(sessions.signedIn(topic.submitter()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("页面作答测试"), containsString("id=\"answer-form\""),
                        containsString("name=\"" + rating + "\""))));
        mvc.perform(post("/surveys/" + id).with(sessions.signedIn(topic.submitter())).with(csrf()).param(single, choice))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("此题为必答题。"), containsString("checked"))));
        MvcResult thanked = mvc.perform(post("/surveys/" + id).with(sessions.signedIn(topic.submitter())).with(csrf())
                        .param(single, choice).param(rating, "4"))
                .andExpect(redirectedUrl("/surveys/" + id)).andReturn();
        // The flash map is handed over as the dispatcher does after a redirect: MockMvc's flashAttr would put it in the
        // mock session, which page sessions (kept in PostgreSQL) never read.
        mvc.perform(get("/surveys/" + id).with(sessions.signedIn(topic.submitter()))
                        .requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, thanked.getFlashMap()))
                .andExpect(content().string(allOf(containsString("感谢您的参与！"), not(containsString("id=\"answer-form\"")))));
        mvc.perform(get("/surveys/" + id).with(sessions.signedIn(topic.submitter())))
                .andExpect(content().string(allOf(containsString("您已经填写过这份问卷"), not(containsString("id=\"answer-form\"")))));
        mvc.perform(post("/surveys/" + id).with(sessions.signedIn(topic.submitter())).with(csrf())
                        .param(single, choice).param(rating, "5"))
                .andExpect(status().isConflict());

        api.as(staff).post("/api/v1/surveys/" + id + "/close");
        mvc.perform(get("/surveys/" + id).with(sessions.signedIn(topic.coSigner())))
                .andExpect(content().string(allOf(containsString("问卷已截止"), not(containsString("id=\"answer-form\"")))));
    }

    @Test
    void othersAreRefusedThePagesOfASurvey() throws Exception {
        long id = fixtures.publishedSurvey(api.as(staff), FollowUpFixtures.surveyJson("页面权限测试", topic.id(), true)).get("id").asLong();

        mvc.perform(get("/surveys/" + id).with(sessions.signedIn(people.resident()))).andExpect(status().isNotFound());
        mvc.perform(get("/surveys/" + id + "/manage").with(sessions.signedIn(topic.submitter()))).andExpect(status().isForbidden());
        mvc.perform(get("/surveys/" + id + "/results").with(sessions.signedIn(topic.submitter()))).andExpect(status().isForbidden());
        mvc.perform(get("/surveys/new").with(sessions.signedIn(topic.submitter()))).andExpect(status().isForbidden());
        mvc.perform(get("/surveys/" + id)).andExpect(status().is3xxRedirection());
    }

    @Test
    void theResultsShowBarsAndDownloadAsExcel() throws Exception {
        JsonNode survey = fixtures.publishedSurvey(api.as(staff), FollowUpFixtures.surveyJson("页面结果测试", topic.id(), true));
        long id = survey.get("id").asLong();
        api.as(topic.submitter()).post("/api/v1/surveys/" + id + "/responses", FollowUpFixtures.answerJson(survey, 0, 5, "很好"));
        api.as(topic.coSigner()).post("/api/v1/surveys/" + id + "/responses", FollowUpFixtures.answerJson(survey, 0, 3, "一般"));

        mvc.perform(get("/surveys/" + id + "/results").with(sessions.signedIn(staff))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("共 2 份答卷"), containsString("<svg class=\"chart-bar\""),
                        containsString("width=\"100.0\""), containsString("平均 4.00 分"), containsString("很好"))));
        byte[] xlsx = mvc.perform(get("/surveys/" + id + "/results.xlsx").with(sessions.signedIn(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheet("原始答卷").getPhysicalNumberOfRows()).isEqualTo(3);
        }
        mvc.perform(get("/surveys").with(sessions.signedIn(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/surveys/" + id + "/results")));
        mvc.perform(get("/surveys").with(sessions.signedIn(topic.submitter()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("页面结果测试"), containsString("已填写"),
                        not(containsString("id=\"new-survey\"")))));
    }
}
