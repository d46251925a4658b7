package org.gongshang.followup;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongshang.support.Api;
import org.gongshang.support.Api.Caller;
import org.gongshang.support.GongshangTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The demo data of follow-up, as the demo staff and resident find it (read only: tests never change demo accounts). */
@GongshangTest
class FollowUpDemoTests {

    @Autowired
    Api api;

    @Test
    void theDemoStaffFindAPublishedSurveyWithAnswersAndFollowUpRecords() {
        Caller staff = api.withToken(token("staff"));
        JsonNode survey = null;
        for (JsonNode s : staff.get("/api/v1/surveys?scope=MANAGED&size=100").json()) {
            if (s.get("title").asString().equals("学校门口接送秩序整改满意度调查")) {
                survey = s;
            }
        }
        assertThat(survey).isNotNull();
        assertThat(survey.get("status").asString()).isEqualTo("PUBLISHED");
        // The outcome module's demo made recommendations of the school-gate consultation: the survey follows up the first.
        long recommendation = survey.get("recommendationId").asLong();
        assertThat(staff.get("/api/v1/recommendations/" + recommendation + "/follow-ups").json().get("counts").size()).isEqualTo(3);
        assertThat(survey.get("responses").asInt()).isGreaterThanOrEqualTo(12);
        JsonNode results = staff.get("/api/v1/surveys/" + survey.get("id").asLong() + "/results").json();
        assertThat(results.get("questions").get(2).get("ratingAverage").asDouble()).isBetween(3.0, 4.5);
        // The neighbours without a phone answered on paper, entered by the district's staff through the paper path.
        assertThat(results.get("paper").asInt()).isGreaterThanOrEqualTo(11);

        assertThat(staff.get("/api/v1/follow-ups?size=100").body()).contains("凤凰山小学门口", "凤凰山社区议事厅");

        Caller resident = api.withToken(token("resident"));
        JsonNode mine = resident.get("/api/v1/surveys/" + survey.get("id").asLong()).json();
        assertThat(mine.get("availability").asString()).isEqualTo("OPEN");
    }

    private String token(String username) {
        return api.anonymous().post("/api/v1/auth/token", "{\"username\":\"%s\",\"password\":\"gongshang-demo\"}".formatted(username))
                .json().get("accessToken").asString();
    }
}
