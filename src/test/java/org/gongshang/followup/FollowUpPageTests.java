package org.gongshang.followup;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.gongshang.identity.Role;
import org.gongshang.support.ImageFixtures;
import org.gongshang.followup.FollowUpFixtures.SupportedTopic;
import org.gongshang.shared.Zones;
import org.gongshang.support.Flash;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The follow-up pages: the form with photos, a record's page, and a recommendation's follow-up section. */
@GongshangTest
class FollowUpPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Sessions sessions;

    @Autowired
    Flash flash;

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
    void staffRecordAVisitWithAPhotoFromTheForm() throws Exception {
        long recommendation = fixtures.draftRecommendation().id();
        mvc.perform(get("/follow-ups/new").param("recommendationId", String.valueOf(recommendation)).with(sessions.signedIn(staff)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("value=\"" + recommendation + "\"")));

        String location = mvc.perform(multipart("/follow-ups").file(new MockMultipartFile("photos", "site.jpg", "image/jpeg",
                                ImageFixtures.jpegWithGps(40, 30)))
                        .param("kind", "RETURN_VISIT").param("recommendationIds", String.valueOf(recommendation))
                        .param("happenedOn", LocalDate.now(Zones.platform()).toString()).param("place", "幸福小区议事角")
                        .param("findings", "居民说器材已修好。").param("otherParticipants", "楼栋长张阿姨")
                        .with(sessions.signedIn(staff)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash.notice("记录已保存。"))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).with(sessions.signedIn(staff))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("座谈回访 · 幸福小区议事角"), containsString("楼栋长张阿姨"),
                        containsString(location + "/photos/"))));
        mvc.perform(get("/follow-ups").with(sessions.signedIn(staff))).andExpect(status().isOk())
                .andExpect(content().string(containsString(location)));
    }

    @Test
    void aWrongFormComesBackWithItsProblemsAndANonImageIsRefused() throws Exception {
        mvc.perform(multipart("/follow-ups").file(new MockMultipartFile("photos", "notes.jpg", "image/jpeg", "文字".getBytes()))
                        .param("kind", "UNANNOUNCED_VISIT").param("topicId", String.valueOf(topic.id()))
                        .param("happenedOn", LocalDate.now(Zones.platform()).toString()).param("place", "")
                        .param("findings", "看过了").with(sessions.signedIn(staff)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请填写地点"), containsString("只能上传 JPEG 或 PNG 照片。"),
                        containsString("看过了"))));
        mvc.perform(get("/follow-ups/new").with(sessions.signedIn(topic.submitter()))).andExpect(status().isForbidden());
    }

    @Test
    void aRecommendationsFollowUpIsAPageAndAFragmentAndThePublicSeesOnlyCounts() throws Exception {
        long recommendation = fixtures.publicRecommendation().id();
        fixtures.api.as(staff).post("/api/v1/follow-ups", """
                {"kind":"UNANNOUNCED_VISIT","happenedOn":"%s","place":"健身广场","findings":"仍有两处扶手松动（页面测试）。",
                 "recommendationIds":[%d]}""".formatted(LocalDate.now(Zones.platform()), recommendation));

        mvc.perform(get("/followup/recommendations/" + recommendation).with(sessions.signedIn(staff))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<html"), containsString("明察暗访"),
                        containsString("仍有两处扶手松动（页面测试）"))));
        mvc.perform(get("/followup/recommendations/" + recommendation).header("HX-Request", "true").with(sessions.signedIn(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("<html")), containsString("id=\"follow-up\""))));
        mvc.perform(get("/followup/recommendations/" + recommendation)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("明察暗访"), not(containsString("仍有两处扶手松动")))));
        long draft = fixtures.draftRecommendation().id();
        mvc.perform(get("/followup/recommendations/" + draft)).andExpect(status().isNotFound());
    }

    @Test
    void aMemberMayRecordAVisitButIsNotOfferedASurveyOnlyStaffMayMake() throws Exception {
        long recommendation = fixtures.publicRecommendation().id();
        Person member = fixtures.people.withRole(Role.MEMBER, "通川区政协");

        mvc.perform(get("/followup/recommendations/" + recommendation).with(sessions.signedIn(member))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("/follow-ups/new?recommendationId=" + recommendation),
                        not(containsString("/surveys/new")))));
        mvc.perform(get("/followup/recommendations/" + recommendation).with(sessions.signedIn(staff)))
                .andExpect(content().string(containsString("/surveys/new?recommendationId=" + recommendation)));
    }
}
