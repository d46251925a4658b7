package org.gongshang.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import org.gongshang.identity.Role;
import org.gongshang.support.Flash;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.gongshang.topic.TopicStatus;
import org.gongshang.topic.Topics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The plan pages: public calendar, editor forms that keep input and show problems at the field, review, denials. */
@GongshangTest
class PlanPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Autowired
    Flash flash;

    @Autowired
    Plans plans;

    @Autowired
    PlanDrafting drafting;

    @Autowired
    Topics topics;

    @Autowired
    ApplicationContext context;

    PlanFixtures fixtures;
    Person staff;
    Person reviewer;

    @BeforeEach
    void setUp() {
        fixtures = new PlanFixtures(context);
        staff = people.withRole(Role.STAFF, "通川区政协");
        reviewer = people.withRole(Role.REVIEWER, "中共达州市委");
    }

    long draft() {
        return drafting.create(new NewPlan(fixtures.tongchuanCommittee(), PlanFixtures.nextYear()), fixtures.actor(staff)).id();
    }

    long submitted(long topicId) {
        long planId = draft();
        drafting.addItem(planId, new PlanItemInput(topicId, 6, ConsultationForm.ONLINE, List.of(), List.of()), fixtures.actor(staff));
        drafting.submit(planId, fixtures.actor(staff));
        return planId;
    }

    PlanView demoCityPlan() {
        return plans.list(new PlanQuery(null, 2026, null, null), Optional.empty()).stream()
                .filter(plan -> plan.organizationName().equals("达州市政协")).findFirst().orElseThrow();
    }

    @Test
    void theApprovedDemoPlanIsPublicAsACalendarOfMonths() throws Exception {
        PlanView city = demoCityPlan();

        mvc.perform(get("/plans"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("达州市政协")))
                .andExpect(content().string(containsString("已审定")));
        mvc.perform(get("/plans/" + city.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("达州市政协2026年度协商选题计划")))
                .andExpect(content().string(containsString("id=\"month-4\"")))
                .andExpect(content().string(containsString("中心城区背街小巷路灯照明不足")))
                .andExpect(content().string(containsString("陈委员")))
                .andExpect(content().string(containsString("/plans/" + city.id() + "/export.docx?version=1")))
                .andExpect(content().string(not(containsString("id=\"edit-plan\""))));
    }

    @Test
    void theCalendarIsInEnglishToo() throws Exception {
        mvc.perform(get("/plans/" + demoCityPlan().id()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Consultation plan 2026 of 达州市政协")))
                .andExpect(content().string(containsString("Month 4")))
                .andExpect(content().string(containsString("In person")));
    }

    @Test
    void theDemoDraftIsNotPublicButItsStaffEditIt() throws Exception {
        PlanView district = plans.list(new PlanQuery(null, 2027, null, null), Optional.of(fixtures.actor(staff))).stream()
                .filter(plan -> plan.organizationName().equals("通川区政协")).findFirst().orElseThrow();

        mvc.perform(get("/plans/" + district.id())).andExpect(status().isNotFound());
        mvc.perform(get("/plans/" + district.id()).with(sessions.signedIn(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("老旧小区加装电梯难")))
                .andExpect(content().string(containsString("id=\"edit-plan\"")));
    }

    @Test
    void staffStartAPlanWithTheFormAndLandInTheEditor() throws Exception {
        int year = PlanFixtures.nextYear();
        mvc.perform(get("/plans/new").with(sessions.signedIn(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("通川区政协")));

        var result = mvc.perform(post("/plans/new").with(sessions.signedIn(staff)).with(csrf())
                        .param("organizationId", String.valueOf(fixtures.tongchuanCommittee())).param("year", String.valueOf(year)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/plans/*/edit"))
                .andExpect(flash.notice("计划已创建，请添加议题。"))
                .andReturn();

        mvc.perform(get(result.getResponse().getRedirectedUrl()).with(sessions.signedIn(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("还没有议题")));
    }

    @Test
    void aSecondPlanOfTheYearIsShownAtTheYearField() throws Exception {
        int year = PlanFixtures.nextYear();
        drafting.create(new NewPlan(fixtures.tongchuanCommittee(), year), fixtures.actor(staff));

        mvc.perform(post("/plans/new").with(sessions.signedIn(staff)).with(csrf())
                        .param("organizationId", String.valueOf(fixtures.tongchuanCommittee())).param("year", String.valueOf(year)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("已有" + year + "年度协商选题计划")));
    }

    @Test
    void aMonthOutsideTheYearIsShownNextToTheMonthWithTheTopicKept() throws Exception {
        long planId = draft();
        long topicId = fixtures.acceptedTopic("楼道照明坏了无人修");

        mvc.perform(post("/plans/" + planId + "/items").with(sessions.signedIn(staff)).with(csrf())
                        .param("topicId", String.valueOf(topicId)).param("month", "13").param("form", "OFFLINE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"month-error\"")))
                .andExpect(content().string(containsString("计划月份须为 1–12 月。")))
                .andExpect(content().string(containsString("<option value=\"" + topicId + "\" selected")));
        assertThat(plans.read(planId, Optional.of(fixtures.actor(staff))).items()).isEmpty();
    }

    @Test
    void staffAddChangeAndRemoveATopicInTheEditor() throws Exception {
        long planId = draft();
        long topicId = fixtures.acceptedTopic("小区绿地被占种菜");
        mvc.perform(get("/plans/" + planId + "/edit").with(sessions.signedIn(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(topics.get(topicId).title())))
                .andExpect(content().string(containsString("陈委员")));

        mvc.perform(post("/plans/" + planId + "/items").with(sessions.signedIn(staff)).with(csrf())
                        .param("topicId", String.valueOf(topicId)).param("month", "7").param("form", "HYBRID")
                        .param("leadMemberIds", String.valueOf(fixtures.demoMember())))
                .andExpect(redirectedUrl("/plans/" + planId + "/edit"))
                .andExpect(flash.notice("议题已加入计划。"));
        long itemId = plans.read(planId, Optional.of(fixtures.actor(staff))).items().getFirst().id();

        mvc.perform(get("/plans/" + planId + "/items/" + itemId).with(sessions.signedIn(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"form-HYBRID\" checked")));
        mvc.perform(post("/plans/" + planId + "/items/" + itemId).with(sessions.signedIn(staff)).with(csrf())
                        .param("month", "8").param("form", "ONLINE"))
                .andExpect(redirectedUrl("/plans/" + planId + "/edit"));
        assertThat(plans.read(planId, Optional.of(fixtures.actor(staff))).items().getFirst().month()).isEqualTo(8);

        mvc.perform(post("/plans/" + planId + "/items/" + itemId + "/remove").with(sessions.signedIn(staff)).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + planId + "/edit"))
                .andExpect(flash.notice("议题已从计划中移除。"));
        assertThat(plans.read(planId, Optional.of(fixtures.actor(staff))).items()).isEmpty();
    }

    @Test
    void submittingAnEmptyPlanIsRefusedWithAMessage() throws Exception {
        long planId = draft();

        mvc.perform(post("/plans/" + planId + "/submit").with(sessions.signedIn(staff)).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + planId + "/edit"))
                .andExpect(flash.error("计划中还没有议题，不能提交。"));
    }

    @Test
    void theReviewerApprovesOnTheReviewPage() throws Exception {
        long topicId = fixtures.acceptedTopic("老旧小区缺少无障碍坡道");
        long planId = submitted(topicId);
        mvc.perform(get("/plans").with(sessions.signedIn(reviewer)))
                .andExpect(content().string(containsString("id=\"review-" + planId + "\"")));
        mvc.perform(get("/plans/" + planId + "/review").with(sessions.signedIn(reviewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("审定通过")));

        mvc.perform(post("/plans/" + planId + "/approve").with(sessions.signedIn(reviewer)).with(csrf()))
                .andExpect(redirectedUrl("/plans/" + planId))
                .andExpect(flash.notice("计划已审定，并已公开。"));

        assertThat(topics.get(topicId).status()).isEqualTo(TopicStatus.PLANNED);
        mvc.perform(get("/plans/" + planId)).andExpect(status().isOk());
    }

    @Test
    void returningWithoutACommentShowsTheProblemAtTheComment() throws Exception {
        long planId = submitted(fixtures.acceptedTopic("小区门禁系统经常坏"));

        mvc.perform(post("/plans/" + planId + "/return").with(sessions.signedIn(reviewer)).with(csrf()).param("comment", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"comment-error\"")))
                .andExpect(content().string(containsString("退回时请填写修改意见")));

        mvc.perform(post("/plans/" + planId + "/return").with(sessions.signedIn(reviewer)).with(csrf())
                        .param("comment", "请补充相关部门。"))
                .andExpect(redirectedUrl("/plans/" + planId));
        mvc.perform(get("/plans/" + planId + "/edit").with(sessions.signedIn(staff)))
                .andExpect(content().string(containsString("请补充相关部门。")));
    }

    @Test
    void staffCannotOpenTheReviewPageNorApprove() throws Exception {
        long planId = submitted(fixtures.acceptedTopic("社区活动室被挪用"));

        mvc.perform(get("/plans/" + planId + "/review").with(sessions.signedIn(staff))).andExpect(status().isForbidden());
        mvc.perform(post("/plans/" + planId + "/approve").with(sessions.signedIn(staff)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void residentsDoNotFindADraftsEditorAndVisitorsAreSentToLogIn() throws Exception {
        long planId = draft();

        mvc.perform(get("/plans/" + planId + "/edit").with(sessions.signedIn(people.resident()))).andExpect(status().isNotFound());
        mvc.perform(get("/plans/" + planId + "/edit")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/plans/new")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theExportLinksDownloadWordAndExcel() throws Exception {
        long city = demoCityPlan().id();

        mvc.perform(get("/plans/" + city + "/export.docx"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", PlanDocuments.DOCX))
                .andExpect(header().string("Content-Disposition", containsString(".docx")));
        mvc.perform(get("/plans/" + city + "/export.xlsx"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", PlanDocuments.XLSX));
    }

    @Test
    void theVersionHistoryListsVersionsAndForInsidersTheSteps() throws Exception {
        long city = demoCityPlan().id();

        mvc.perform(get("/plans/" + city + "/versions"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"version-1\"")))
                .andExpect(content().string(not(containsString("id=\"history\""))));
        mvc.perform(get("/plans/" + city + "/versions").with(sessions.signedIn(reviewer)))
                .andExpect(content().string(containsString("id=\"history\"")))
                .andExpect(content().string(containsString("审定通过")));
    }
}
