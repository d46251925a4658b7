package org.gongshang.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Reporting and confirming over HTTP against the real database: who is told (SMS and inbox), who may
 * see and act, and the refusals — a stranger, a resident of another community, staff of another
 * district, a cadre of another community — none of which changes anything.
 */
@GongshangTest
class EmergencyReportingTests {

    @Autowired
    ApplicationContext context;

    EmergencyFixtures fixtures;

    Person cadre;
    Person township;
    Person district;
    Person city;

    @BeforeEach
    void responsible() {
        fixtures = new EmergencyFixtures(context);
        cadre = fixtures.communityCadre();
        township = fixtures.townshipCadre();
        district = fixtures.districtStaff();
        city = fixtures.cityStaff();
    }

    @Test
    void aCadresReportIsConfirmedAtOnceAndTellsEveryoneResponsibleBySms() {
        Person reporter = fixtures.communityCadre();

        Api.Response created = fixtures.as(reporter).post("/api/v1/emergencies", EmergencyFixtures.report("凤凰苑水管爆裂", "SERIOUS"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(created.json().get("districtCode").asString()).isEqualTo("511702");
        for (Person told : List.of(cadre, township, district)) {
            assertThat(fixtures.emergencyNotices(told)).as("inbox").isEqualTo(1);
            assertThat(fixtures.emergencySms(told)).as("SMS").isEqualTo(1);
        }
        assertThat(fixtures.emergencyNotices(city)).as("a serious event stays with the district").isZero();
        assertThat(fixtures.emergencyNotices(reporter)).as("the reporter knows").isZero();
        JsonNode steps = fixtures.as(district).get("/api/v1/emergencies/" + created.json().get("id").asLong()).json().get("steps");
        assertThat(kinds(steps)).containsExactly("REPORTED", "CONFIRMED", "NOTIFIED");
    }

    @Test
    void aMajorEventIsAlsoToldToTheCitysStaff() {
        fixtures.as(fixtures.districtStaff()).post("/api/v1/emergencies", EmergencyFixtures.report("凤凰苑挡墙垮塌", "MAJOR"));

        assertThat(fixtures.emergencyNotices(city)).isEqualTo(1);
        assertThat(fixtures.emergencySms(city)).isEqualTo(1);
    }

    @Test
    void aResidentsReportWaitsForTheCommunitysCadresWhoConfirmIt() {
        Person resident = fixtures.resident();

        Api.Response created = fixtures.as(resident).post("/api/v1/emergencies", EmergencyFixtures.report("楼道里有燃气味道", "SERIOUS"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("REPORTED");
        assertThat(fixtures.emergencyNotices(cadre)).as("the community's cadres are asked").isEqualTo(1);
        assertThat(fixtures.emergencyNotices(district)).as("nobody else yet").isZero();
        long id = created.json().get("id").asLong();

        Api.Response confirmed = fixtures.as(cadre).post("/api/v1/emergencies/" + id + "/confirm", "{\"severity\": \"MAJOR\"}");

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(confirmed.json().get("severity").asString()).isEqualTo("MAJOR");
        assertThat(fixtures.emergencyNotices(district)).isEqualTo(1);
        assertThat(fixtures.emergencyNotices(city)).as("graded major by the cadre").isEqualTo(1);
        assertThat(fixtures.emergencyNotices(cadre)).as("the one who confirmed is not told again").isEqualTo(1);
        assertThat(fixtures.as(resident).get("/api/v1/emergencies/mine").json().get(0).get("id").asLong()).isEqualTo(id);
    }

    @Test
    void aDeclinedReportTellsTheReporterWhy() {
        Person resident = fixtures.resident();
        long id = fixtures.as(resident).post("/api/v1/emergencies", EmergencyFixtures.report("家里水龙头坏了", "MINOR"))
                .json().get("id").asLong();

        Api.Response refused = fixtures.as(cadre).post("/api/v1/emergencies/" + id + "/decline", "{\"reason\": \"\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        Api.Response declined = fixtures.as(cadre).post("/api/v1/emergencies/" + id + "/decline",
                "{\"reason\": \"属住户自家设施，请联系物业维修。\"}");

        assertThat(declined.json().get("status").asString()).isEqualTo("DECLINED");
        assertThat(fixtures.notices(resident, "GENERAL")).isEqualTo(1);
        assertThat(fixtures.as(cadre).post("/api/v1/emergencies/" + id + "/confirm", "{}").status()).isEqualTo(409);
    }

    @Test
    void aSecondReportOfTheSameEventIsMergedAndItsReporterCarriesOn() {
        long first = fixtures.as(fixtures.communityCadre()).post("/api/v1/emergencies", EmergencyFixtures.report("凤凰苑停水", "SERIOUS"))
                .json().get("id").asLong();
        Person resident = fixtures.resident();
        long second = fixtures.as(resident).post("/api/v1/emergencies", EmergencyFixtures.report("小区突然停水了", "MINOR"))
                .json().get("id").asLong();

        Api.Response survivor = fixtures.as(cadre).post("/api/v1/emergencies/" + second + "/merge", "{\"intoId\": " + first + "}");

        assertThat(survivor.status()).as(survivor.toString()).isEqualTo(200);
        assertThat(survivor.json().get("id").asLong()).isEqualTo(first);
        assertThat(fixtures.as(cadre).get("/api/v1/emergencies/" + second).json().get("status").asString()).isEqualTo("MERGED");
        assertThat(fixtures.as(resident).get("/api/v1/emergencies/" + first).status()).as("the reporter follows the survivor").isEqualTo(200);
        assertThat(kinds(fixtures.as(cadre).get("/api/v1/emergencies/" + first).json().get("steps"))).contains("ABSORBED");
        assertThat(fixtures.as(cadre).post("/api/v1/emergencies/" + first + "/merge", "{\"intoId\": " + first + "}").status())
                .isEqualTo(400);
    }

    @Test
    void strangersResidentsAndStaffOfOtherPlacesAreRefusedAndNothingChanges() {
        long id = fixtures.as(cadre).post("/api/v1/emergencies", EmergencyFixtures.report("凤凰苑路面塌陷", "SERIOUS"))
                .json().get("id").asLong();
        Person resident = fixtures.resident();
        long waiting = fixtures.as(resident).post("/api/v1/emergencies", EmergencyFixtures.report("路灯倒了压着电线", "SERIOUS"))
                .json().get("id").asLong();

        assertThat(fixtures.anonymous().get("/api/v1/emergencies/" + id).status()).as("stranger").isEqualTo(401);
        assertThat(fixtures.anonymous().post("/api/v1/emergencies", EmergencyFixtures.report("匿名的报告", "MAJOR")).status())
                .as("stranger reporting").isEqualTo(401);
        Api.Caller otherResident = fixtures.as(fixtures.residentOf(EmergencyFixtures.NEIGHBOUR_COMMUNITY));
        assertThat(otherResident.get("/api/v1/emergencies/" + id).status()).as("resident of another community").isEqualTo(404);
        assertThat(otherResident.post("/api/v1/emergencies/" + waiting + "/confirm", "{}").status()).isEqualTo(404);
        Api.Caller otherStaff = fixtures.as(fixtures.otherDistrictStaff());
        assertThat(otherStaff.get("/api/v1/emergencies/" + id).status()).as("staff of another district").isEqualTo(404);
        assertThat(otherStaff.post("/api/v1/emergencies/" + waiting + "/confirm", "{}").status()).isEqualTo(404);
        assertThat(otherStaff.get("/api/v1/emergencies").json().toString()).doesNotContain("\"id\":" + id + ",");
        Api.Caller otherCadre = fixtures.as(fixtures.neighbourCadre());
        assertThat(otherCadre.post("/api/v1/emergencies/" + waiting + "/confirm", "{}").status()).as("cadre of another community")
                .isEqualTo(404);
        assertThat(otherCadre.post("/api/v1/emergencies/" + waiting + "/decline", "{\"reason\": \"不归我们管\"}").status()).isEqualTo(404);
        assertThat(fixtures.as(resident).post("/api/v1/emergencies/" + waiting + "/confirm", "{}").status())
                .as("the reporter sees it but may not confirm it").isEqualTo(403);
        assertThat(fixtures.as(resident).get("/api/v1/emergencies").status()).as("a resident has no desk").isEqualTo(403);

        assertThat(fixtures.as(cadre).get("/api/v1/emergencies/" + waiting).json().get("status").asString()).isEqualTo("REPORTED");
    }

    @Test
    void theTownshipOfficeAndTheDistrictsStaffSeeTheEventOnTheirDesk() {
        long id = fixtures.as(fixtures.communityCadre()).post("/api/v1/emergencies", EmergencyFixtures.report("凤凰苑电梯困人", "MAJOR"))
                .json().get("id").asLong();

        for (Person person : List.of(township, district, city, cadre)) {
            List<Long> ids = new ArrayList<>();
            fixtures.as(person).get("/api/v1/emergencies").json().forEach(e -> ids.add(e.get("id").asLong()));
            assertThat(ids).contains(id);
        }
        List<String> severities = new ArrayList<>();
        fixtures.as(district).get("/api/v1/emergencies").json().forEach(e -> severities.add(e.get("severity").asString()));
        assertThat(severities.indexOf("MAJOR")).as("most severe first").isLessThanOrEqualTo(0);
    }

    @Test
    void hostileInputIsRefusedAtItsFieldAsProblemDetails() {
        Api.Caller caller = fixtures.as(cadre);

        Api.Response nul = caller.post("/api/v1/emergencies", EmergencyFixtures.report("车库\\u0000被淹", "MINOR"));
        assertThat(nul.status()).as(nul.toString()).isEqualTo(400);
        assertThat(nul.contentType()).startsWith("application/problem+json");
        assertThat(nul.json().get("errors").get(0).get("field").asString()).isEqualTo("title");

        Api.Response huge = caller.post("/api/v1/emergencies", EmergencyFixtures.report("凤凰苑车库被淹", "MINOR")
                .replace("\"peopleAffected\": 300", "\"peopleAffected\": 99999999999999999999"));
        assertThat(huge.status()).as(huge.toString()).isEqualTo(400);
        // Jackson reports an overflowing number without its path, so the problem names no field.
        assertThat(huge.contentType()).startsWith("application/problem+json");

        Api.Response wrongType = caller.post("/api/v1/emergencies", EmergencyFixtures.report("凤凰苑车库被淹", "HUGE"));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("errors").get(0).get("field").asString()).isEqualTo("severity");

        Api.Response long_ = caller.post("/api/v1/emergencies", EmergencyFixtures.report("长".repeat(100_000), "MINOR"));
        assertThat(long_.status()).isEqualTo(400);

        Api.Response elsewhere = caller.post("/api/v1/emergencies", EmergencyFixtures.report("凤凰苑车库被淹", "MINOR", "511702"));
        assertThat(elsewhere.status()).as("a district is no place for an event").isEqualTo(400);
        assertThat(elsewhere.json().get("errors").get(0).get("field").asString()).isEqualTo("regionCode");

        Api.Response english = caller.inLanguage("en").post("/api/v1/emergencies", "{}");
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.body()).contains("Choose a severity.");
    }

    @Test
    void departmentsDoNotReport() {
        Api.Response refused = fixtures.as(fixtures.department()).post("/api/v1/emergencies", EmergencyFixtures.report("部门的报告", "MINOR"));

        assertThat(refused.status()).isEqualTo(403);
    }

    private static List<String> kinds(JsonNode steps) {
        List<String> kinds = new ArrayList<>();
        steps.forEach(step -> kinds.add(step.get("kind").asString()));
        return kinds;
    }
}
