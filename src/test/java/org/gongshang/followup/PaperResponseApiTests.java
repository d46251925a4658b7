package org.gongshang.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongshang.followup.FollowUpFixtures.SupportedTopic;
import org.gongshang.identity.Role;
import org.gongshang.support.Api;
import org.gongshang.support.Api.Caller;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Paper questionnaires over HTTP: entered by staff of the region, results together and apart, refusals and hostile input. */
@GongshangTest
class PaperResponseApiTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    FollowUpFixtures fixtures;

    Caller staff;
    SupportedTopic topic;
    JsonNode survey;
    String path;

    @BeforeEach
    void setUp() {
        staff = api.as(fixtures.districtStaff());
        topic = fixtures.supportedTopic();
        survey = fixtures.publishedSurvey(staff, FollowUpFixtures.surveyJson("纸质问卷接口测试", topic.id(), true));
        path = "/api/v1/surveys/" + survey.get("id").asLong();
    }

    @Test
    void staffEnterAPaperSheetAndTheResultsShowOnlineAndPaperTogetherAndApart() {
        Api.Response online = api.as(topic.submitter()).post(path + "/responses", FollowUpFixtures.answerJson(survey, 0, 5, "好"));
        assertThat(online.status()).isEqualTo(201);
        Api.Response entered = staff.post(path + "/paper-responses", paperJson("\"sheetNumber\":\"A-01\",", 2, 1));
        assertThat(entered.status()).as(entered.toString()).isEqualTo(201);
        assertThat(entered.json().get("channel").asString()).isEqualTo("PAPER");
        assertThat(entered.json().get("sheetNumber").asString()).isEqualTo("A-01");
        assertThat(entered.json().has("enteredBy")).isTrue();
        assertThat(entered.json().has("accountId")).isFalse();

        JsonNode together = staff.get(path + "/results").json();
        assertThat(together.get("responses").asInt()).isEqualTo(2);
        assertThat(together.get("online").asInt()).isEqualTo(1);
        assertThat(together.get("paper").asInt()).isEqualTo(1);
        JsonNode onPaper = staff.get(path + "/results?channel=PAPER").json();
        assertThat(onPaper.get("responses").asInt()).isEqualTo(1);
        assertThat(onPaper.get("questions").get(2).get("ratingAverage").asDouble()).isEqualTo(1.0);
        assertThat(staff.get(path + "/results?channel=ONLINE").json().get("questions").get(2).get("ratingAverage").asDouble())
                .isEqualTo(5.0);
        assertThat(staff.get(path + "/results?channel=CARRIER_PIGEON").status()).isEqualTo(400);
        assertThat(staff.get(path + "/responses").json()).extracting(r -> r.get("channel").asString())
                .containsExactlyInAnyOrder("ONLINE", "PAPER");

        Api.Response again = staff.post(path + "/paper-responses", paperJson("\"sheetNumber\":\"A-01\",", 1, 3));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("followup.paper.sheet-twice");
    }

    @Test
    void onlyStaffOfTheSurveysRegionMayEnterPaperSheets() {
        String body = paperJson("", 0, 4);
        assertThat(api.anonymous().post(path + "/paper-responses", body).status()).isEqualTo(401);
        assertThat(api.as(topic.submitter()).post(path + "/paper-responses", body).status()).isEqualTo(403);
        for (Person outsider : List.of(people.resident(), fixtures.otherDistrictStaff(), people.withRole(Role.MEMBER, "通川区政协"))) {
            Api.Response refused = api.as(outsider).post(path + "/paper-responses", body);
            assertThat(refused.status()).as(refused.toString()).isEqualTo(404);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(staff.get(path + "/results").json().get("paper").asInt()).isZero();
    }

    @Test
    void hostileInputIsRefusedWithProblemsNotErrors() {
        long rating = survey.get("questions").get(2).get("id").asLong();
        String nul = "{\"sheetNumber\":\"A\\u0000B\",\"answers\":[{\"questionId\":" + rating + ",\"rating\":4}]}";
        String huge = "{\"answers\":[{\"questionId\":99999999999999999999999,\"rating\":4}]}";
        String hugeRating = "{\"answers\":[{\"questionId\":" + rating + ",\"rating\":4000000000000}]}";
        String wrongType = "{\"answers\":\"viele\"}";
        String wrongDay = "{\"filledOn\":\"gestern\",\"answers\":[]}";
        String name = "{\"respondentName\":\"王芳\",\"answers\":[{\"questionId\":" + rating + ",\"rating\":4}]}";
        StringBuilder many = new StringBuilder("{\"answers\":[");
        for (int i = 0; i < 2000; i++) {
            many.append(i == 0 ? "" : ",").append("{\"questionId\":").append(rating).append(",\"rating\":3}");
        }
        for (String body : List.of(nul, huge, hugeRating, wrongType, wrongDay, name, many.append("]}").toString(), "[]", "")) {
            Api.Response refused = staff.post(path + "/paper-responses", body);
            assertThat(refused.status()).as(body.length() > 200 ? "many answers" : body).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        Api.Response english = staff.inLanguage("en").post(path + "/paper-responses", name);
        assertThat(english.body()).contains("No name is entered for an anonymous survey");
        assertThat(staff.get(path + "/results").json().get("paper").asInt()).isZero();
    }

    /** A paper sheet with choice {@code choice} and the rating, after the given sheet fields. */
    private String paperJson(String sheetFields, int choice, int rating) {
        return "{" + sheetFields + FollowUpFixtures.answerJson(survey, choice, rating, "纸上写的建议").substring(1);
    }
}
