package org.gongshang.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongshang.identity.Role;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The quality API over real HTTP on a consultation of 通川区 concluded through the consultation API:
 * who reads and acts on its evaluation and panel, who is refused, and hostile input answered with
 * problem details.
 */
@GongshangTest
class QualityApiTests {

    @Autowired
    Api api;
    @Autowired
    People people;
    @Autowired
    ApplicationContext context;

    Person staff;
    Api.Caller asStaff;
    long consultation;
    List<Person> attendees = List.of();

    @BeforeEach
    void aConcludedConsultationOfTongchuan() {
        staff = people.withRole(Role.STAFF, "通川区政协");
        asStaff = api.as(staff);
        ConcludedConsultations.Concluded concluded = new ConcludedConsultations(context).concluded(staff, 2);
        consultation = concluded.id();
        attendees = concluded.attendees();
    }

    @Test
    void staffOfTheDistrictReadTheEvaluationWithItsEvidence() {
        JsonNode evaluation = ok(asStaff.get("/api/v1/quality/evaluations/" + consultation));

        assertThat(evaluation.get("status").asString()).isEqualTo("OPEN");
        JsonNode attendance = evaluation.get("indicators").valueStream()
                .filter(i -> i.get("measure").asString().equals("RESIDENT_ATTENDANCE")).findFirst().orElseThrow();
        assertThat(attendance.get("value").asDouble()).isEqualTo(100.0);
        assertThat(attendance.get("evidence").get(0).get("link").asString()).contains("/consultations/" + consultation);
    }

    @Test
    void strangersResidentsAndOtherDistrictsAreRefused() {
        String path = "/api/v1/quality/evaluations/" + consultation;
        assertThat(api.anonymous().get(path).status()).isEqualTo(401);
        Api.Response attendee = api.as(attendees.get(0)).get(path);
        assertThat(attendee.status()).isEqualTo(403);
        assertThat(attendee.contentType()).startsWith("application/problem+json");
        assertThat(api.as(people.resident()).get(path).status()).isEqualTo(404);
        Api.Caller otherDistrict = api.as(people.withRole(Role.STAFF, "达川区政协"));
        assertThat(otherDistrict.get(path).status()).isEqualTo(404);
        assertThat(otherDistrict.post(path + "/close").status()).isEqualTo(404);
        assertThat(otherDistrict.get(path + "/panel").status()).isEqualTo(404);
        assertThat(api.as(attendees.get(0)).post(path + "/close").status()).isEqualTo(403);
        assertThat(otherDistrict.get("/api/v1/quality/evaluations?district=511702").json().valueStream()
                .noneMatch(e -> e.get("consultationId").asLong() == consultation)).isTrue();
        assertThat(ok(asStaff.get("/api/v1/quality/evaluations?district=511702")).valueStream()
                .anyMatch(e -> e.get("consultationId").asLong() == consultation)).isTrue();
    }

    @Test
    void anInvitedAttendeeScoresTheRubricOnceAndNobodyElseMay() {
        Person assessor = attendees.get(0);
        JsonNode invited = created(asStaff.post("/api/v1/quality/evaluations/" + consultation + "/panel",
                "{\"accountIds\":[" + assessor.id() + "]}"));
        long invitation = invited.get(0).get("invitationId").asLong();
        String answers = """
                {"answers":{"topic":{"score":5},"preparation":{"score":4},"voice":{"score":4,"comment":"发言充分"},
                 "consensus":{"score":3},"results":{"score":4}}}""";

        assertThat(api.as(attendees.get(1)).post("/api/v1/quality/assessments/" + invitation, answers).status()).isEqualTo(404);
        assertThat(api.as(people.withRole(Role.STAFF, "达川区政协")).post("/api/v1/quality/evaluations/" + consultation
                + "/panel", "{\"accountIds\":[" + attendees.get(1).id() + "]}").status()).isEqualTo(404);
        Api.Caller asAssessor = api.as(assessor);
        created(asAssessor.post("/api/v1/quality/assessments/" + invitation, answers));
        assertThat(asAssessor.post("/api/v1/quality/assessments/" + invitation, answers).status()).isEqualTo(409);

        JsonNode panel = ok(asStaff.get("/api/v1/quality/evaluations/" + consultation + "/panel"));
        assertThat(panel.get("assessors").get(0).get("scores").valueStream().map(JsonNode::asInt)).containsExactly(5, 4, 4, 3, 4);
    }

    @Test
    void hostileInputIsAProblemNeverAServerError() {
        Api.Caller assessor = api.as(attendees.get(0));
        long invitation = created(asStaff.post("/api/v1/quality/evaluations/" + consultation + "/panel",
                "{\"accountIds\":[" + attendees.get(0).id() + "]}")).get(0).get("invitationId").asLong();
        List<Api.Response> responses = List.of(
                asStaff.get("/api/v1/quality/evaluations/abc"),
                asStaff.get("/api/v1/quality/evaluations/99999999999999999999999"),
                asStaff.get("/api/v1/quality/evaluations/987654321987"),
                asStaff.get("/api/v1/quality/evaluations?limit=99999999999999"),
                asStaff.get("/api/v1/quality/evaluations?year=1e9&kind=NOPE"),
                asStaff.get("/api/v1/quality/evaluations?district=51%00702"),
                asStaff.get("/api/v1/quality/aggregates?by=PLANET"),
                asStaff.get("/api/v1/quality/aggregates?organization=-1%00"),
                asStaff.post("/api/v1/quality/evaluations/987654321987/close"),
                asStaff.post("/api/v1/quality/evaluations/" + consultation + "/panel", "{\"accountIds\":[\"x\"]}"),
                asStaff.post("/api/v1/quality/evaluations/" + consultation + "/panel", "{\"accountIds\":[null]}"),
                asStaff.post("/api/v1/quality/evaluations/" + consultation + "/panel", "{\"accountIds\":[987654321987]}"),
                asStaff.post("/api/v1/quality/evaluations/" + consultation + "/panel", "{\"accountIds\":\"all\"}"),
                asStaff.post("/api/v1/quality/evaluations/" + consultation + "/panel", "[]"),
                assessor.post("/api/v1/quality/assessments/" + invitation, "{\"answers\":{\"topic\":{\"score\":1e40}}}"),
                assessor.post("/api/v1/quality/assessments/" + invitation, "{\"answers\":{\"topic\":{\"score\":\"五\"}}}"),
                assessor.post("/api/v1/quality/assessments/" + invitation,
                        "{\"answers\":{\"topic\":{\"score\":5,\"comment\":\"好\\u0000\"}}}"),
                assessor.post("/api/v1/quality/assessments/" + invitation,
                        "{\"answers\":{\"topic\":{\"score\":5,\"comment\":\"" + "长".repeat(5000) + "\"}}}"),
                assessor.post("/api/v1/quality/assessments/" + invitation, "{\"answers\":{\"no-such-question\":{\"score\":3}}}"),
                assessor.post("/api/v1/quality/assessments/987654321987", "{\"answers\":{\"topic\":{\"score\":3}}}"));

        assertThat(responses).allSatisfy(response -> {
            assertThat(response.status()).as(response.toString()).isBetween(400, 499);
            assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        });
        assertThat(ok(asStaff.get("/api/v1/quality/evaluations/" + consultation + "/panel")).get("assessors").get(0)
                .get("scores").isEmpty()).isTrue();
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        return response.json();
    }

    private static JsonNode created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }
}
