package org.gongshang.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The review after the resolution over HTTP: a one-off needs its reason; "turn into a regular topic"
 * makes a topic of source EMERGENCY, pre-filled, waiting for screening, linked both ways; only CPPCC
 * staff of the place review, and nothing changes when others try.
 */
@GongshangTest
class EmergencyReviewTests {

    @Autowired
    ApplicationContext context;

    EmergencyFixtures fixtures;
    Person cadre;
    Person staff;

    @BeforeEach
    void people() {
        fixtures = new EmergencyFixtures(context);
        cadre = fixtures.communityCadre();
        staff = fixtures.districtStaff();
    }

    @Test
    void aOneOffNeedsItsReasonAndIsThenReviewed() {
        long id = resolved("凤凰苑 9 栋水箱溢水");
        String path = "/api/v1/emergencies/" + id + "/review";

        Api.Response noReason = fixtures.as(staff).post(path, "{\"outcome\": \"ONE_OFF\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(fixtures.as(staff).post(path, "{}").status()).isEqualTo(400);

        Api.Response reviewed = fixtures.as(staff).post(path, "{\"outcome\": \"ONE_OFF\", \"reason\": \"浮球阀老化，已更换\"}");

        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        assertThat(reviewed.json().get("status").asString()).isEqualTo("REVIEWED");
        assertThat(reviewed.json().get("review").get("outcome").asString()).isEqualTo("ONE_OFF");
        assertThat(fixtures.as(staff).post(path, "{\"outcome\": \"ONE_OFF\", \"reason\": \"再来一次\"}").status()).isEqualTo(409);
    }

    @Test
    void turningAnEventIntoARegularTopicSendsItToScreeningLinkedBothWays() {
        long id = resolved("凤凰苑老旧供水管网再次爆裂");

        Api.Response reviewed = fixtures.as(staff).post("/api/v1/emergencies/" + id + "/review",
                "{\"outcome\": \"TOPIC\", \"reason\": \"小区供水管网老化，一年内多次爆管\"}");

        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        long topicId = reviewed.json().get("topicId").asLong();
        JsonNode topic = fixtures.as(staff).get("/api/v1/topics/" + topicId).json();
        assertThat(topic.get("source").asString()).isEqualTo("EMERGENCY");
        assertThat(topic.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(topic.get("title").asString()).isEqualTo("凤凰苑老旧供水管网再次爆裂");
        assertThat(topic.toString()).as("its timeline links the event").contains("CONVERTED_FROM").contains("\"reference\":" + id);
        assertThat(fixtures.as(staff).get("/api/v1/emergencies/" + id).json().get("steps").toString()).contains("TOPIC_CREATED");
    }

    @Test
    void onlyCppccStaffOfThePlaceReviewAndNothingChangesWhenOthersTry() {
        long id = resolved("凤凰苑围墙局部倒塌");
        String path = "/api/v1/emergencies/" + id + "/review";
        String body = "{\"outcome\": \"ONE_OFF\", \"reason\": \"暴雨所致\"}";

        assertThat(fixtures.anonymous().post(path, body).status()).as("stranger").isEqualTo(401);
        assertThat(fixtures.as(cadre).post(path, body).status()).as("the cadre handles, staff review").isEqualTo(403);
        assertThat(fixtures.as(fixtures.residentOf(EmergencyFixtures.NEIGHBOUR_COMMUNITY)).post(path, body).status()).isEqualTo(404);
        assertThat(fixtures.as(fixtures.otherDistrictStaff()).post(path, body).status()).isEqualTo(404);
        assertThat(fixtures.as(fixtures.neighbourCadre()).post(path, body).status()).isEqualTo(404);
        assertThat(fixtures.as(staff).get("/api/v1/emergencies/" + id).json().get("status").asString()).isEqualTo("RESOLVED");
    }

    private long resolved(String title) {
        long id = fixtures.as(cadre).post("/api/v1/emergencies", EmergencyFixtures.report(title, "SERIOUS")).json().get("id").asLong();
        Api.Response resolved = fixtures.as(cadre).post("/api/v1/emergencies/" + id + "/resolution",
                "{\"summary\": \"关闭阀门，抢修，清理现场\", \"handledBy\": \"市自来水公司抢修队\"}");
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        return id;
    }
}
