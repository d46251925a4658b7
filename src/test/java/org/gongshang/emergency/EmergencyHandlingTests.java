package org.gongshang.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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
 * After the report, over HTTP against the real database: similar events found and merged, the first
 * response, the resolution that the reporters are told of and may rate once, the public list — and
 * the refusals of a stranger, a resident of another community, staff of another district and a cadre
 * of another community.
 */
@GongshangTest
class EmergencyHandlingTests {

    @Autowired
    ApplicationContext context;

    EmergencyFixtures fixtures;
    Person cadre;

    @BeforeEach
    void people() {
        fixtures = new EmergencyFixtures(context);
        cadre = fixtures.communityCadre();
    }

    @Test
    void aSecondReportOfTheSameBurstMainShowsTheFirstAsSimilarAndCanBeMergedIntoIt() {
        long first = report(cadre, "凤凰苑供水主管爆裂地下车库被淹");
        Person resident = fixtures.resident();
        long second = fixtures.as(resident).post("/api/v1/emergencies", EmergencyFixtures.report("凤凰苑供水主管爆裂车库被淹了", "MINOR"))
                .json().get("id").asLong();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(ids(fixtures.as(cadre).get("/api/v1/emergencies/" + second + "/similar").json())).contains(first));
        assertThat(ids(fixtures.as(resident).get("/api/v1/emergencies/" + second + "/similar").json()))
                .as("an open report is not shown to a resident who did not report it").doesNotContain(first);
        assertThat(fixtures.as(fixtures.otherDistrictStaff()).get("/api/v1/emergencies/" + second + "/similar").status())
                .isEqualTo(404);

        Api.Response merged = fixtures.as(cadre).post("/api/v1/emergencies/" + second + "/merge", "{\"intoId\": " + first + "}");
        assertThat(merged.json().get("id").asLong()).isEqualTo(first);
    }

    @Test
    void theFirstResponseCountsOnceAndTheResolutionTellsTheReportersWhoRateItOnce() {
        Person resident = fixtures.resident();
        long id = fixtures.as(resident).post("/api/v1/emergencies", EmergencyFixtures.report("凤凰苑 5 栋外墙瓷砖脱落", "SERIOUS"))
                .json().get("id").asLong();
        fixtures.as(cadre).post("/api/v1/emergencies/" + id + "/confirm", "{}");

        Api.Response first = fixtures.as(cadre).post("/api/v1/emergencies/" + id + "/responses", "{\"note\": \"已拉警戒线，物业到场\"}");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String respondedAt = first.json().get("times").get("respondedAt").asString();
        fixtures.as(cadre).post("/api/v1/emergencies/" + id + "/responses", "{\"note\": \"住建局安排检测\"}");
        assertThat(fixtures.as(resident).post("/api/v1/emergencies/" + id + "/rating", "{\"satisfaction\": \"SATISFIED\"}").status())
                .as("not before the resolution").isEqualTo(409);

        Api.Response resolved = fixtures.as(cadre).post("/api/v1/emergencies/" + id + "/resolution",
                "{\"summary\": \"清除松动瓷砖，加装防护网\", \"handledBy\": \"社区物业与住建局\"}");

        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.json().get("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.json().get("times").get("respondedAt").asString()).as("the first response stays").isEqualTo(respondedAt);
        assertThat(fixtures.notices(resident, "GENERAL")).as("the reporter is told").isEqualTo(1);
        assertThat(fixtures.anonymous().get("/api/v1/emergencies/resolved").body()).contains("清除松动瓷砖，加装防护网")
                .doesNotContain(resident.realName());

        Api.Response rated = fixtures.as(resident).post("/api/v1/emergencies/" + id + "/rating",
                "{\"satisfaction\": \"BASICALLY_SATISFIED\", \"comment\": \"处理及时\"}");
        assertThat(rated.status()).as(rated.toString()).isEqualTo(201);
        assertThat(fixtures.as(resident).post("/api/v1/emergencies/" + id + "/rating", "{\"satisfaction\": \"SATISFIED\"}").status())
                .as("once").isEqualTo(409);
        assertThat(fixtures.as(cadre).post("/api/v1/emergencies/" + id + "/rating", "{\"satisfaction\": \"SATISFIED\"}").status())
                .as("not a reporter").isEqualTo(404);
        assertThat(kinds(fixtures.as(cadre).get("/api/v1/emergencies/" + id).json().get("steps")))
                .containsSubsequence("REPORTED", "CONFIRMED", "NOTIFIED", "RESPONDED", "RESPONDED", "RESOLVED", "RATED");
    }

    @Test
    void othersMayNeitherRespondNorResolveNorRateAndNothingChanges() {
        long id = report(cadre, "凤凰苑化粪池满溢");
        String path = "/api/v1/emergencies/" + id;

        assertThat(fixtures.anonymous().post(path + "/responses", "{\"note\": \"到场\"}").status()).as("stranger").isEqualTo(401);
        for (Person other : List.of(fixtures.residentOf(EmergencyFixtures.NEIGHBOUR_COMMUNITY), fixtures.otherDistrictStaff(),
                fixtures.neighbourCadre())) {
            Api.Caller caller = fixtures.as(other);
            assertThat(caller.post(path + "/responses", "{\"note\": \"到场\"}").status()).isEqualTo(404);
            assertThat(caller.post(path + "/resolution", "{\"summary\": \"修好了\", \"handledBy\": \"我\"}").status()).isEqualTo(404);
            assertThat(caller.post(path + "/rating", "{\"satisfaction\": \"SATISFIED\"}").status()).isEqualTo(404);
        }
        JsonNode event = fixtures.as(cadre).get(path).json();
        assertThat(event.get("status").asString()).isEqualTo("OPEN");
        assertThat(event.get("times").get("respondedAt").isNull()).isTrue();
    }

    @Test
    void badAndHostileInputToTheResolutionIsRefusedAtItsField() {
        long id = report(cadre, "凤凰苑井盖缺失");
        String path = "/api/v1/emergencies/" + id;
        Api.Caller caller = fixtures.as(cadre);

        Api.Response nul = caller.post(path + "/responses", "{\"note\": \"到\\u0000场\"}");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.json().get("errors").get(0).get("field").asString()).isEqualTo("note");
        Api.Response empty = caller.post(path + "/resolution", "{\"summary\": \" \", \"handledBy\": \"\"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors")).hasSize(2);
        assertThat(caller.post(path + "/resolution", "{\"summary\": \"补上井盖\", \"handledBy\": \"市政\", \"doneAt\": \"yesterday\"}")
                .status()).isEqualTo(400);
        assertThat(caller.post(path + "/resolution", "{\"summary\": \"补上井盖\", \"handledBy\": \"市政\", \"doneAt\": \"2999-01-01T00:00:00Z\"}")
                .status()).as("done in the future").isEqualTo(400);
        assertThat(caller.post(path + "/responses", "{\"note\": 12345678901234567890123}").status()).isLessThan(500);
        assertThat(caller.get(path).json().get("status").asString()).isEqualTo("OPEN");
    }

    private long report(Person reporter, String title) {
        Api.Response created = fixtures.as(reporter).post("/api/v1/emergencies", EmergencyFixtures.report(title, "SERIOUS"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(e -> ids.add(e.get("id").asLong()));
        return ids;
    }

    private static List<String> kinds(JsonNode steps) {
        List<String> kinds = new ArrayList<>();
        steps.forEach(step -> kinds.add(step.get("kind").asString()));
        return kinds;
    }
}
