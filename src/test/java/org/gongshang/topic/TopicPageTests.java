package org.gongshang.topic;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The topic pages: full pages, htmx fragments, forms that keep what was typed, denials. */
@GongshangTest
class TopicPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Autowired
    TopicSubmissions submissions;

    @Autowired
    Screenings screenings;

    @Autowired
    Actors actors;

    long submit(Person person, String title, String description) {
        return submissions.submit(new NewTopic(title, description, TopicCategory.SOCIETY, People.COMMUNITY, List.of(), null, null,
                null), actors.of(person.id())).id();
    }

    @Test
    void theListIsPublicAndShowsTheDemoTopicsAndTheDeclinedCounts() throws Exception {
        mvc.perform(get("/topics"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("个人诉求")))
                .andExpect(content().string(not(containsString("楼上漏水物业不管"))))
                .andExpect(content().string(not(containsString("垃圾中转站"))));
        // A year of demo topics and the other tests' topics fill the first page: the demo topic is searched for.
        mvc.perform(get("/topics").param("q", "老旧小区加装电梯"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("老旧小区加装电梯难")));
    }

    @Test
    void theFilterFormAnswersHtmxWithTheResultsOnly() throws Exception {
        mvc.perform(get("/topics").param("q", "电梯").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("老旧小区加装电梯难")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void typingATitleSuggestsSimilarTopics() throws Exception {
        mvc.perform(get("/topics/similar").param("title", "关于推进老旧小区电梯加装的建议").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("老旧小区加装电梯难")));
    }

    @Test
    void aSubmissionWithErrorsKeepsWhatWasTypedAndAnswers400() throws Exception {
        Person resident = people.resident();
        mvc.perform(multipart("/topics/new").param("title", "太短").param("description", "我写的内容被保留了")
                        .with(sessions.signedIn(resident)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("标题须为 5–60 个字")))
                .andExpect(content().string(containsString("我写的内容被保留了")));
    }

    @Test
    void aSubmissionWithANonImageIsRefusedAndNothingIsStored() throws Exception {
        Person resident = people.resident();
        mvc.perform(multipart("/topics/new").file(new MockMultipartFile("images", "a.png", "image/png", "text".getBytes()))
                        .param("title", "社区图书室开放时间太短").param("description", "社区图书室只在工作日白天开放，上班族和学生根本用不上，希望周末和晚上开放。")
                        .param("category", "CULTURE").param("regionCode", People.COMMUNITY).param("confirmed", "true")
                        .with(sessions.signedIn(resident)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("只接受 JPEG 或 PNG 图片")));
        mvc.perform(get("/topics/mine").with(sessions.signedIn(resident)))
                .andExpect(content().string(not(containsString("社区图书室开放时间太短"))));
    }

    @Test
    void aSimilarTopicIsShownBeforeSubmittingAndThenSubmittedWhenConfirmed() throws Exception {
        Person resident = people.resident();
        var form = multipart("/topics/new").param("title", "老旧小区电梯加装协调难").param("description", "我们楼想加装电梯，一楼住户反对，协调了一年也没结果。")
                .param("category", "SOCIETY").param("regionCode", People.COMMUNITY);
        mvc.perform(form.with(sessions.signedIn(resident)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"confirm-similar\"")))
                .andExpect(content().string(containsString("老旧小区加装电梯难")));
        mvc.perform(form.param("confirmed", "true").with(sessions.signedIn(resident)).with(csrf()))
                .andExpect(redirectedUrlPattern("/topics/*"));
    }

    @Test
    void aMergedTopicPageRedirectsToItsSurvivor() throws Exception {
        long survivor = submit(people.resident(), "州河河堤栏杆损坏", "州河河堤有一段栏杆断了，晚上散步很危险，希望尽快修复。");
        long duplicate = submit(people.resident(), "州河河堤护栏断裂", "河堤护栏断了好几根，孩子在边上玩耍很危险。");
        screenings.merge(duplicate, survivor, "同一处护栏", actors.of(people.withRole(Role.STAFF, "通川区政协").id()));

        mvc.perform(get("/topics/" + duplicate)).andExpect(redirectedUrl("/topics/" + survivor + "?mergedFrom=" + duplicate));
    }

    @Test
    void screenersSeePreflagsAndOthersAreRefused() throws Exception {
        long id = submit(people.resident(), "物业纠纷法院判决不执行", "小区物业费纠纷法院已经判决，物业公司拒不执行，希望政协督促解决。");

        mvc.perform(get("/screening/" + id).with(sessions.signedIn(people.withRole(Role.STAFF, "通川区政协"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("法院 → 涉法涉诉")));
        mvc.perform(get("/screening/" + id).with(sessions.signedIn(people.withRole(Role.STAFF, "达川区政协"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/screening").with(sessions.signedIn(people.resident()))).andExpect(status().isForbidden());
    }

    @Test
    void aDeclineWithoutNoteOnThePageIsExplainedNextToTheNote() throws Exception {
        long id = submit(people.resident(), "小区绿化带被占种菜", "小区绿化带被个别居民占用种菜，还施农家肥，气味很大。");

        mvc.perform(post("/screening/" + id).param("decision", "DECLINE").param("reason", "VAGUE")
                        .with(sessions.signedIn(people.withRole(Role.STAFF, "通川区政协"))).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"note-error\"")));
    }

    @Test
    void aVisitorOpeningAFormThatNeedsALoginIsSentToSignInFirst() throws Exception {
        mvc.perform(get("/campaigns/new")).andExpect(status().isFound()).andExpect(header().string("Location", endsWith("/login")));
        mvc.perform(get("/topics/new")).andExpect(status().isFound()).andExpect(header().string("Location", endsWith("/login")));
    }

    @Test
    void aCampaignPageHasTheFormAndAnSvgQrCode() throws Exception {
        mvc.perform(get("/campaigns")).andExpect(content().string(containsString("2026年民生实事征题")));
        String page = mvc.perform(get("/campaigns")).andReturn().getResponse().getContentAsString();
        String id = page.replaceAll("(?s).*href=\"/campaigns/(\\d+)\".*", "$1");

        mvc.perform(get("/campaigns/" + id)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/campaigns/" + id + "/qr.svg")));
        mvc.perform(get("/campaigns/" + id + "/qr.svg")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("image/svg+xml")))
                .andExpect(content().string(containsString("<svg")));
    }

    @Test
    void onlyAdminsEditTagsAndRules() throws Exception {
        mvc.perform(get("/admin/topic-rules").with(sessions.signedIn(people.withRole(Role.STAFF, "达州市政协"))))
                .andExpect(status().isForbidden());
        Person admin = people.admin();
        mvc.perform(post("/admin/topic-rules").param("keyword", "强拆" + System.nanoTime() % 1000).param("reason", "LEGAL_LITIGATION")
                        .with(sessions.signedIn(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/topic-rules"));
        mvc.perform(post("/admin/topic-rules/try").param("text", "已向法院起诉").with(sessions.signedIn(admin)).with(csrf()))
                .andExpect(content().string(containsString("法院 → 涉法涉诉")));
        mvc.perform(get("/admin/topic-tags").with(sessions.signedIn(admin))).andExpect(content().string(containsString("老旧小区改造")));
    }

    @Test
    void aModeratorReleasesAHeldTopic() throws Exception {
        Person resident = people.resident();
        long id = submit(resident, "广场周末组织游行活动扰民", "每到周末有人在广场组织游行式的健步走，敲锣打鼓，噪音很大。");
        mvc.perform(get("/topics/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/topics/" + id).with(sessions.signedIn(resident))).andExpect(content().string(containsString("id=\"held-notice\"")));

        mvc.perform(post("/screening/" + id + "/release").with(sessions.signedIn(people.withRole(Role.STAFF, "通川区政协"))).with(csrf()))
                .andExpect(redirectedUrl("/screening/" + id));

        mvc.perform(get("/topics/" + id)).andExpect(status().isOk());
    }
}
