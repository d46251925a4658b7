package org.gongshang.deliberation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.support.Flash;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The deliberation pages: the participant's view with its fragments, the organiser's page, forms, denials. */
@GongshangTest
class DeliberationPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Autowired
    Flash flash;

    @Autowired
    Deliberations deliberations;

    @Autowired
    Statements statements;

    @Autowired
    Actors actors;

    Person organiser;

    long deliberation(List<String> seeds) {
        organiser = people.withRole(Role.STAFF, "通川区政协");
        return deliberations.create(new NewDeliberation("小区加装电梯怎么办？", "说明", null, 1L, "511702", ModerationMode.OPEN,
                null, Instant.now().plus(10, ChronoUnit.DAYS), seeds, List.of()), actors.of(organiser.id())).id();
    }

    @Test
    void aParticipantSeesOneStatementWithThreeButtonsTheMapAndTheTables() throws Exception {
        long id = deliberation(List.of("应该加装电梯"));
        Person resident = people.resident();
        mvc.perform(get("/deliberations/" + id).with(sessions.signedIn(resident)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("应该加装电梯")))
                .andExpect(content().string(containsString("id=\"vote-agree\"")))
                .andExpect(content().string(containsString("id=\"vote-disagree\"")))
                .andExpect(content().string(containsString("id=\"vote-pass\"")))
                .andExpect(content().string(containsString("<svg id=\"opinion-map\"")))
                .andExpect(content().string(containsString("id=\"groups-table\"")))
                .andExpect(content().string(containsString("sse-connect=\"/deliberations/" + id + "/events\"")))
                .andExpect(content().string(not(containsString("hx-on"))));
    }

    @Test
    void votingWithoutJavaScriptRedirectsAndWithHtmxAnswersTheNextCard() throws Exception {
        long id = deliberation(List.of("应该加装电梯", "低层住户应得到补偿"));
        Person resident = people.resident();
        List<Long> ids = statements.shown(id).stream().map(StatementView::id).toList();
        mvc.perform(post("/deliberations/" + id + "/vote").with(sessions.signedIn(resident)).with(csrf())
                        .param("statementId", ids.get(0).toString()).param("value", "AGREE"))
                .andExpect(redirectedUrl("/deliberations/" + id + "#card"))
                .andExpect(flash.notice("已记录您的表态。"));
        mvc.perform(post("/deliberations/" + id + "/vote").with(sessions.signedIn(resident)).with(csrf()).header("HX-Request", "true")
                        .param("statementId", ids.get(1).toString()).param("value", "PASS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"all-voted\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void theStandingFragmentShowsTheViewersPosition() throws Exception {
        long id = deliberation(List.of("应该加装电梯"));
        Person resident = people.resident();
        mvc.perform(get("/deliberations/" + id + "/standing").with(sessions.signedIn(resident)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("表态后这里显示您的位置")))
                // The counts under the question come along, for htmx to swap out of band.
                .andExpect(content().string(containsString(
                        "<span id=\"deliberation-counts\" hx-swap-oob=\"true\">0 人参与 · 1 条观点 · 0 次表态</span>")));
        mvc.perform(get("/deliberations/" + id).with(sessions.signedIn(resident)))
                .andExpect(content().string(containsString("<span id=\"deliberation-counts\">0 人参与 · 1 条观点 · 0 次表态</span>")));
    }

    @Test
    void aNearDuplicateStatementIsShownBeforeItIsAddedAndTheTextIsKept() throws Exception {
        long id = deliberation(List.of("老旧小区应该加装电梯，方便老人出行"));
        Person resident = people.resident();
        mvc.perform(post("/deliberations/" + id + "/statements").with(sessions.signedIn(resident)).with(csrf())
                        .param("text", "老旧小区应该加装电梯，方便老年人出行"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"similar\"")))
                .andExpect(content().string(containsString("仍然提交")));
        mvc.perform(post("/deliberations/" + id + "/statements").with(sessions.signedIn(resident)).with(csrf())
                        .param("text", "老旧小区应该加装电梯，方便老年人出行").param("confirmed", "true"))
                .andExpect(redirectedUrl("/deliberations/" + id))
                .andExpect(flash.notice("观点已发布，其他人可以表态了。"));
    }

    @Test
    void aTooLongStatementIsShownNextToItsField() throws Exception {
        long id = deliberation(List.of("应该加装电梯"));
        mvc.perform(post("/deliberations/" + id + "/statements").with(sessions.signedIn(people.resident())).with(csrf())
                        .param("text", "长".repeat(141)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"text-error\"")))
                .andExpect(content().string(containsString("观点须为 1–140 个字。")));
    }

    @Test
    void theOrganiserModeratesFromTheQueueAndSeesParticipationAndExports() throws Exception {
        long id = deliberation(List.of("应该加装电梯"));
        Person resident = people.resident();
        var added = (StatementAddition.Added) statements.add(id, "不装电梯就去游行", true, actors.of(resident.id()));
        mvc.perform(get("/deliberations/" + id + "/organise").with(sessions.signedIn(organiser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不装电梯就去游行")))
                .andExpect(content().string(containsString("含敏感词")))
                .andExpect(content().string(containsString("export/analysis.xlsx")))
                .andExpect(content().string(containsString("id=\"participation\"")));
        mvc.perform(post("/deliberations/" + id + "/statements/" + added.statement().id() + "/reject")
                        .with(sessions.signedIn(organiser)).with(csrf()))
                .andExpect(redirectedUrl("/deliberations/" + id + "/organise#queue"))
                .andExpect(flash.notice("观点已驳回。"));
    }

    @Test
    void anOrganiserCreatesADeliberationThroughTheForm() throws Exception {
        Person staff = people.withRole(Role.STAFF, "通川区政协");
        mvc.perform(post("/deliberations").with(sessions.signedIn(staff)).with(csrf()).param("question", "停车难怎么办？")
                        .param("regionCode", "511702").param("consultationId", "1").param("moderation", "STRICT")
                        .param("closesAt", "2099-01-01T10:00").param("seeds", "多建停车位\n错峰停车"))
                .andExpect(redirectedUrlPattern("/deliberations/*/organise"));
        mvc.perform(post("/deliberations").with(sessions.signedIn(staff)).with(csrf()).param("question", "")
                        .param("regionCode", "511702").param("consultationId", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("议题问题须为")));
    }

    @Test
    void anonymousVisitorsAreSentToLogInAndOthersCannotOrganise() throws Exception {
        long id = deliberation(List.of("应该加装电梯"));
        mvc.perform(get("/deliberations/" + id)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/deliberations/" + id + "/organise").with(sessions.signedIn(people.resident())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/deliberations/" + id + "/organise").with(sessions.signedIn(people.withRole(Role.STAFF, "达川区政协"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/deliberations/new").with(sessions.signedIn(people.resident()))).andExpect(status().isForbidden());
    }
}
