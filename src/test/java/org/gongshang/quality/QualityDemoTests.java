package org.gongshang.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongshang.support.Api;
import org.gongshang.support.Api.Caller;
import org.gongshang.support.GongshangTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The demo's evaluation of the school-gate consultation, as the demo staff find it (read only). */
@GongshangTest
class QualityDemoTests {

    @Autowired
    Api api;

    @Test
    void theSchoolGateConsultationHasAnEvaluationWithThePanelsScores() {
        Caller staff = api.withToken(api.anonymous().post("/api/v1/auth/token",
                "{\"username\":\"staff-tc\",\"password\":\"gongshang-demo\"}").json().get("accessToken").asString());
        JsonNode listing = staff.get("/api/v1/quality/evaluations?district=511702").json().valueStream()
                .filter(e -> e.get("title").asString().equals("学校门口接送秩序怎么管")).findFirst().orElseThrow();
        long id = listing.get("consultationId").asLong();

        JsonNode evaluation = staff.get("/api/v1/quality/evaluations/" + id).json();
        assertThat(evaluation.get("grade")).isNotNull();
        assertThat(evaluation.get("grade").isNull()).isFalse();
        JsonNode panel = evaluation.get("indicators").valueStream()
                .filter(i -> i.get("measure").asString().equals("PANEL_SCORE")).findFirst().orElseThrow();
        assertThat(panel.get("value").asDouble()).isBetween(3.5, 4.5);
        JsonNode summary = staff.get("/api/v1/quality/evaluations/" + id + "/panel").json();
        assertThat(summary.get("assessors").valueStream().filter(a -> !a.get("scores").isEmpty())).hasSize(3);
    }
}
