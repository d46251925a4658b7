package org.gongshang.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshang.outcome.OutcomeFixtures.ok;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.gongshang.identity.Role;
import org.gongshang.shared.Zones;
import org.gongshang.support.Api;
import org.gongshang.support.Flash;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Satisfaction collected offline over HTTP: staff of the region enter counts or a named person's
 * rating with evidence, the round's rule counts them with the online ratings, every entry is audited,
 * and everyone else is refused; hostile input gets problems, never an error.
 */
@GongshangTest
class OfflineRatingApiTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    Sessions sessions;

    @Autowired
    Flash flash;

    OutcomeFixtures fixtures;
    Person staffPerson;
    Api.Caller staff;
    Api.Caller lead;

    @BeforeEach
    void setUp() {
        fixtures = new OutcomeFixtures(context);
        staffPerson = fixtures.districtStaff();
        staff = fixtures.api.as(staffPerson);
        lead = fixtures.api.as(fixtures.department(OutcomeFixtures.HOUSING));
    }

    @Test
    void offlineCountsDecideTheRoundWithTheOnlineRatingsAndAreAudited() {
        long id = replied();
        String path = "/api/v1/recommendations/" + id;
        Api.Response forum = staff.post(path + "/offline-ratings", """
                {"occasion":"FORUM","heldOn":"%s","place":"凤凰山社区议事厅","satisfied":1,"basicallySatisfied":1,"unsatisfied":3,
                 "note":"居民座谈会举手表决，签到表由社区存档。"}""".formatted(today()));
        assertThat(forum.status()).as(forum.toString()).isEqualTo(201);
        assertThat(forum.json().get("unsatisfied").asInt()).isEqualTo(3);
        Api.Response person = staff.post(path + "/offline-ratings", """
                {"occasion":"RETURN_VISIT","heldOn":"%s","respondentName":"赵大爷","satisfied":1,"note":"入户回访，本人口述。"}"""
                .formatted(today()));
        assertThat(person.status()).as(person.toString()).isEqualTo(201);
        assertThat(ok(staff.get(path + "/details")).get("currentCounts").get("UNSATISFIED").asInt()).isEqualTo(3);

        assertThat(fixtures.api.as(fixtures.people.resident()).get(path + "/offline-ratings").body()).contains("凤凰山社区议事厅")
                .doesNotContain("赵大爷");
        assertThat(staff.get(path + "/offline-ratings").body()).contains("赵大爷");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'outcome.offline-rated' and subject_id = :id")
                .param("id", String.valueOf(id)).query(Integer.class).single()).isEqualTo(2);

        // 3 unsatisfied of 6 is more than a third: the offline counts send it back.
        ok(staff.post(path + "/close-rating"));
        JsonNode round = ok(staff.get(path + "/details")).get("ratingRounds").get(0);
        assertThat(round.get("result").asString()).isEqualTo("UNSATISFIED");
        assertThat(round.get("satisfied").asInt()).isEqualTo(2);
        assertThat(round.get("unsatisfied").asInt()).isEqualTo(3);
        assertThat(staff.post(path + "/offline-ratings", forumJson()).status()).as("the window is closed").isEqualTo(409);
    }

    @Test
    void aPhotoAsEvidenceIsStoredWithoutMetadataAndShownToStaffOnly() throws IOException {
        long id = replied();
        String path = "/api/v1/recommendations/" + id + "/offline-ratings";
        Api.Response withPhoto = staff.upload(path + "?occasion=FORUM&heldOn=" + today()
                + "&satisfied=5&note=" + URLEncoder.encode("座谈会现场照片", StandardCharsets.UTF_8), "photo", "forum.png", "image/png", png());
        assertThat(withPhoto.status()).as(withPhoto.toString()).isEqualTo(201);
        assertThat(withPhoto.json().get("hasPhoto").asBoolean()).isTrue();
        String photo = path + "/" + withPhoto.json().get("id").asLong() + "/photo";
        assertThat(staff.bytes(photo)).startsWith((byte) 0x89, (byte) 'P');
        assertThat(fixtures.api.anonymous().get(photo).status()).isEqualTo(401);
        assertThat(fixtures.api.as(fixtures.people.resident()).get(photo).status()).isEqualTo(403);

        Api.Response notAPicture = staff.upload(path + "?occasion=FORUM&heldOn=" + today() + "&satisfied=5&note=x",
                "photo", "forum.png", "image/png", "<svg onload=alert(1)>".getBytes());
        assertThat(notAPicture.status()).isEqualTo(400);
        assertThat(notAPicture.json().get("errors").get(0).get("field").asString()).isEqualTo("photo");
    }

    @Test
    void onlyStaffOfItsRegionEnterOfflineRatings() {
        long id = replied();
        String path = "/api/v1/recommendations/" + id + "/offline-ratings";
        assertThat(fixtures.api.anonymous().post(path, forumJson()).status()).isEqualTo(401);
        for (Person refused : List.of(fixtures.people.resident(), fixtures.people.withRole(Role.STAFF, "达川区政协"),
                fixtures.people.withRole(Role.MEMBER, "通川区政协"), fixtures.department(OutcomeFixtures.HOUSING))) {
            Api.Response response = fixtures.api.as(refused).post(path, forumJson());
            assertThat(response.status()).as(refused.realName()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        long draft = ok(staff.post("/api/v1/recommendations", """
                {"text":"草稿：在凤凰山社区增设休息座椅。","regionCode":"511702","source":"MEMBER_SUGGESTION","isPublic":false}""")).get("id").asLong();
        assertThat(fixtures.api.as(fixtures.people.withRole(Role.STAFF, "达川区政协"))
                .post("/api/v1/recommendations/" + draft + "/offline-ratings", forumJson()).status()).isEqualTo(404);
        assertThat(staff.post("/api/v1/recommendations/" + draft + "/offline-ratings", forumJson()).status()).isEqualTo(409);
        assertThat(ok(staff.get(path.replace("/offline-ratings", "/details"))).get("currentCounts").get("SATISFIED").asInt()).isZero();
    }

    @Test
    void hostileInputGetsProblemsNotErrors() {
        long id = replied();
        String path = "/api/v1/recommendations/" + id + "/offline-ratings";
        String day = today().toString();
        for (String body : List.of(
                "{\"occasion\":\"FORUM\",\"heldOn\":\"" + day + "\",\"satisfied\":1,\"note\":\"a\\u0000b\"}",
                "{\"occasion\":\"FORUM\",\"heldOn\":\"" + day + "\",\"satisfied\":100000000000000000000,\"note\":\"n\"}",
                "{\"occasion\":\"FORUM\",\"heldOn\":\"" + day + "\",\"satisfied\":\"viele\",\"note\":\"n\"}",
                "{\"occasion\":\"PARTY\",\"heldOn\":\"" + day + "\",\"satisfied\":1,\"note\":\"n\"}",
                "{\"occasion\":\"FORUM\",\"heldOn\":\"gestern\",\"satisfied\":1,\"note\":\"n\"}",
                "{\"occasion\":\"FORUM\",\"heldOn\":\"" + day + "\",\"satisfied\":-5,\"unsatisfied\":10,\"note\":\"n\"}",
                "{\"occasion\":\"FORUM\",\"heldOn\":\"" + day + "\",\"satisfied\":1,\"note\":\"" + "长".repeat(1001) + "\"}",
                "[1,2,3]", "")) {
            Api.Response refused = staff.post(path, body);
            assertThat(refused.status()).as(body.length() > 100 ? body.substring(0, 100) : body).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(staff.inLanguage("en").post(path, "{\"occasion\":\"FORUM\",\"heldOn\":\"" + day + "\",\"satisfied\":1}").body())
                .contains("Say what the evidence is");
        assertThat(staff.get(path).json()).isEmpty();
    }

    @Test
    void staffEnterAForumsCountsOnTheManagePage() throws Exception {
        long id = replied();
        mvc.perform(get("/recommendations/" + id + "/manage").with(sessions.signedIn(staffPerson)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"offline-ratings\"")));
        mvc.perform(multipart("/recommendations/" + id + "/manage/offline-ratings").file(new MockMultipartFile("photo", "f.png",
                                "image/png", png())).with(sessions.signedIn(staffPerson)).with(csrf())
                        .param("occasion", "FORUM").param("heldOn", today().toString()).param("satisfied", "8")
                        .param("basicallySatisfied", "2").param("unsatisfied", "1").param("note", "签到表由社区保存"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash.notice("已录入线下测评：满意 8 人，基本满意 2 人，不满意 1 人。"));
        mvc.perform(multipart("/recommendations/" + id + "/manage/offline-ratings").with(sessions.signedIn(staffPerson)).with(csrf())
                        .param("occasion", "PARTY").param("heldOn", "gestern").param("satisfied", "viele"))
                .andExpect(status().is3xxRedirection()).andExpect(flash.error("请选择测评场合（回访或座谈会）。"));
        mvc.perform(multipart("/recommendations/" + id + "/manage/offline-ratings")
                        .with(sessions.signedIn(fixtures.people.withRole(Role.STAFF, "达川区政协"))).with(csrf())
                        .param("occasion", "FORUM").param("heldOn", today().toString()).param("satisfied", "99").param("note", "冒名"))
                .andExpect(status().isForbidden());
        assertThat(ok(staff.get("/api/v1/recommendations/" + id + "/details")).get("currentCounts").get("SATISFIED").asInt())
                .isEqualTo(8);
    }

    private LocalDate today() {
        return LocalDate.now(fixtures.clock.withZone(Zones.platform()));
    }

    private String forumJson() {
        return "{\"occasion\":\"FORUM\",\"heldOn\":\"" + today() + "\",\"satisfied\":4,\"note\":\"签到表存档\"}";
    }

    /** A public recommendation of 通川区, replied by the housing bureau: its rating window is open. */
    private long replied() {
        long id = ok(staff.post("/api/v1/recommendations", """
                {"text":"在凤凰山社区增设两处垃圾分类投放点，并设置洗手池。","regionCode":"511702","source":"MEMBER_SUGGESTION","isPublic":true}"""))
                .get("id").asLong();
        String path = "/api/v1/recommendations/" + id;
        ok(staff.post(path + "/sign-off"));
        ok(staff.post(path + "/transfer", "{\"leadOrganizationId\":%d,\"workingDays\":40}"
                .formatted(fixtures.organization(OutcomeFixtures.HOUSING))));
        ok(lead.post(path + "/accept"));
        ok(lead.post(path + "/reply", "{\"grade\":\"A\",\"text\":\"已增设投放点。\"}"));
        return id;
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
