package org.gongshang.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.gongshang.support.ImageFixtures;
import org.gongshang.followup.FollowUpFixtures.SupportedTopic;
import org.gongshang.identity.Role;
import org.gongshang.support.Api;
import org.gongshang.support.Api.Caller;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.shared.Zones;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Follow-up records over HTTP: recording, reading, photos without location, a recommendation's follow-up, and refusals. */
@GongshangTest
class FollowUpApiTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    FollowUpFixtures fixtures;

    Person staffPerson;
    Caller staff;
    SupportedTopic topic;
    long recommendation;

    @BeforeEach
    void setUp() {
        staffPerson = fixtures.districtStaff();
        staff = api.as(staffPerson);
        topic = fixtures.supportedTopic();
        recommendation = fixtures.draftRecommendation().id();
    }

    @Test
    void staffRecordAVisitWithItsParticipantsAndTheRecommendationListsIt() {
        Person member = people.withRole(Role.MEMBER, "达州市政协");
        int before = visits(staff.get("/api/v1/recommendations/" + recommendation + "/follow-ups").json());
        Api.Response created = staff.post("/api/v1/follow-ups", visit(recommendation, today(), member.id()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode record = created.json();
        assertThat(record.get("kind").asString()).isEqualTo("UNANNOUNCED_VISIT");
        assertThat(record.get("regionCode").asString()).isEqualTo("511702");
        assertThat(record.get("participants").toString()).contains(staffPerson.realName(), member.realName(), "家长代表");
        long id = record.get("id").asLong();

        assertThat(staff.get("/api/v1/follow-ups?recommendationId=" + recommendation).json())
                .anySatisfy(r -> assertThat(r.get("id").asLong()).isEqualTo(id));
        JsonNode ofRecommendation = staff.get("/api/v1/recommendations/" + recommendation + "/follow-ups").json();
        assertThat(visits(ofRecommendation)).isEqualTo(before + 1);
        assertThat(ofRecommendation.get("records")).anySatisfy(r -> assertThat(r.get("id").asLong()).isEqualTo(id));
        // The member took part: they read it, though it is not their region's work to manage.
        assertThat(api.as(member).get("/api/v1/follow-ups/" + id).status()).isEqualTo(200);
    }

    @Test
    void aMemberRecordsWhatTheyTookPartInAndResidentsRecordNothing() {
        Person member = people.withRole(Role.MEMBER, "达州市政协");
        Api.Response byMember = api.as(member).post("/api/v1/follow-ups", """
                {"kind":"RETURN_VISIT","happenedOn":"%s","place":"凤凰山社区议事厅","findings":"居民反映器材已更换。",
                 "topicId":%d}""".formatted(today(), topic.id()));
        assertThat(byMember.status()).as(byMember.toString()).isEqualTo(201);
        assertThat(byMember.json().get("participants").get(0).get("accountId").asLong()).isEqualTo(member.id());

        Caller resident = api.as(fixtures.draftRecommendation().topic().submitter());
        // The submitter sees the recommendation (they will rate it) but records no follow-up.
        assertThat(resident.post("/api/v1/follow-ups", visit(recommendation, today())).status()).isEqualTo(403);
        // For a neighbour who may not see it, it is no recommendation at all.
        Api.Response neighbour = api.as(people.resident()).post("/api/v1/follow-ups", visit(recommendation, today()));
        assertThat(neighbour.status()).isEqualTo(400);
        assertThat(neighbour.json().get("errors").get(0).get("field").asString()).isEqualTo("recommendationIds");
        assertThat(resident.post("/api/v1/follow-ups", """
                {"kind":"RETURN_VISIT","happenedOn":"%s","place":"小区","findings":"看过了","topicId":%d}"""
                .formatted(today(), topic.id())).status()).isEqualTo(403);
        long id = byMember.json().get("id").asLong();
        assertThat(resident.get("/api/v1/follow-ups/" + id).status()).isEqualTo(404);
        assertThat(api.as(fixtures.otherDistrictStaff()).get("/api/v1/follow-ups/" + id).status()).isEqualTo(404);
        assertThat(api.anonymous().get("/api/v1/follow-ups/" + id).status()).isEqualTo(401);
    }

    @Test
    void wrongRecordsGetA400AtEachField() {
        Api.Response response = staff.post("/api/v1/follow-ups", """
                {"happenedOn":"%s","place":" ","findings":"","recommendationIds":[999999999]}"""
                .formatted(today().plusDays(1)));

        assertThat(response.status()).isEqualTo(400);
        java.util.List<String> fields = new java.util.ArrayList<>();
        response.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields).contains("kind", "happenedOn", "place", "findings", "recommendationIds");

        Api.Response otherRegion = api.as(fixtures.otherDistrictStaff()).post("/api/v1/follow-ups", visit(recommendation, today()));
        assertThat(otherRegion.status()).isEqualTo(400);
        assertThat(otherRegion.json().get("errors").get(0).get("field").asString()).isEqualTo("recommendationIds");
    }

    @Test
    void photosAreCheckedByContentAndKeptWithoutTheirLocation() throws Exception {
        Person member = people.withRole(Role.MEMBER, "达州市政协");
        long id = staff.post("/api/v1/follow-ups", visit(recommendation, today(), member.id())).json().get("id").asLong();
        byte[] withGps = ImageFixtures.jpegWithGps(64, 48);
        assertThat(new String(withGps, StandardCharsets.ISO_8859_1)).contains("Exif");

        Api.Response photo = staff.upload("/api/v1/follow-ups/" + id + "/photos", "file", "visit.jpg", "image/jpeg", withGps);
        assertThat(photo.status()).as(photo.toString()).isEqualTo(201);
        assertThat(photo.json().get("width").asInt()).isEqualTo(64);
        HttpResponse<byte[]> stored = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api.baseUrl()
                + "/api/v1/follow-ups/" + id + "/photos/" + photo.json().get("id").asLong()))
                .header("Authorization", "Bearer " + staff.token()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(stored.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/jpeg");
        assertThat(new String(stored.body(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");

        Api.Response text = staff.upload("/api/v1/follow-ups/" + id + "/photos", "file", "visit.jpg", "image/jpeg",
                "not a picture".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        // Taking part lets the member read the record, not add to it.
        assertThat(api.as(member).upload("/api/v1/follow-ups/" + id + "/photos", "file", "p.png", "image/png",
                ImageFixtures.png(20, 20)).status()).isEqualTo(403);
    }

    @Test
    void thePublicSeesHowOftenAPublicRecommendationWasFollowedUpButNotTheFindings() {
        long published = fixtures.publicRecommendation().id();
        int before = visits(api.anonymous().get("/api/v1/recommendations/" + published + "/follow-ups").json());
        assertThat(staff.post("/api/v1/follow-ups", visit(published, today())).status()).isEqualTo(201);

        Api.Response anonymous = api.anonymous().get("/api/v1/recommendations/" + published + "/follow-ups");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(visits(anonymous.json())).isEqualTo(before + 1);
        assertThat(anonymous.json().get("records").size()).isZero();
        assertThat(anonymous.body()).doesNotContain("人行道");

        assertThat(api.anonymous().get("/api/v1/recommendations/" + recommendation + "/follow-ups").status()).isEqualTo(404);
    }

    private static String visit(long recommendationId, LocalDate on, long... participantIds) {
        return """
                {"kind":"UNANNOUNCED_VISIT","happenedOn":"%s","place":"幸福小区健身广场",
                 "findings":"器材已更换，但仍有车辆停在人行道上。","recommendationIds":[%d],
                 "participantAccountIds":%s,"otherParticipants":["家长代表刘女士"]}"""
                .formatted(on, recommendationId, java.util.Arrays.toString(participantIds));
    }

    private static int visits(JsonNode followUp) {
        JsonNode count = followUp.get("counts").get("UNANNOUNCED_VISIT");
        return count == null || count.isNull() ? 0 : count.asInt();
    }

    private static LocalDate today() {
        return LocalDate.now(Zones.platform());
    }
}
