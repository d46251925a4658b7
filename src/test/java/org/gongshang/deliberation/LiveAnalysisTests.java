package org.gongshang.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gongshang.deliberation.DeliberationFixtures.create;
import static org.gongshang.deliberation.DeliberationFixtures.seeds;
import static org.gongshang.deliberation.DeliberationFixtures.statementIds;
import static org.gongshang.deliberation.DeliberationFixtures.vote;

import java.time.Duration;
import java.util.List;

import org.gongshang.support.Api;
import org.gongshang.support.Api.Caller;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The analysis follows the votes: votes only notify the recomputer, and the analysis served by the
 * API reflects them within the 2 s the recomputer promises (plus slack for a busy test machine).
 */
@GongshangTest
class LiveAnalysisTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Test
    void twoCampsOfVotersBecomeTwoGroupsWithCommonGroundAndTheViewersPosition() {
        Caller staff = api.as(DeliberationFixtures.organiser(people));
        List<String> texts = new java.util.ArrayList<>(seeds(8));
        texts.add("无论结论如何，都应该公开讨论过程");
        long id = create(staff, "OPEN", texts);
        List<Long> statements = statementIds(staff, id);

        Caller last = null;
        for (int person = 0; person < 16; person++) {
            Caller resident = api.as(people.resident());
            boolean camp = person % 2 == 0;
            for (int s = 0; s < 8; s++) {
                boolean agree = (s < 4) == camp;
                assertThat(vote(resident, id, statements.get(s), agree ? "AGREE" : "DISAGREE").status()).isEqualTo(200);
            }
            assertThat(vote(resident, id, statements.get(8), "AGREE").status()).isEqualTo(200);
            last = resident;
        }
        Caller viewer = last;

        await().atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            JsonNode analysis = viewer.get("/api/v1/deliberations/" + id + "/analysis").json();
            assertThat(analysis.get("votes").asInt()).isEqualTo(16 * 9);
            assertThat(analysis.get("groups")).hasSize(2);
        });
        JsonNode analysis = viewer.get("/api/v1/deliberations/" + id + "/analysis").json();
        assertThat(analysis.get("groups").get(0).get("size").asInt() + analysis.get("groups").get(1).get("size").asInt())
                .isEqualTo(16);
        assertThat(analysis.get("commonGround")).extracting(n -> n.get("statementId").asLong()).containsExactly(statements.get(8));
        assertThat(analysis.get("groups").get(0).get("representative")).isNotEmpty();
        assertThat(analysis.get("me").get("groupLabel").asString()).isIn("A", "B");
        assertThat(analysis.get("me").get("votes").asInt()).isEqualTo(9);
    }

    @Test
    void aVoteChangesTheAnalysisWithinTwoSeconds() {
        Caller staff = api.as(DeliberationFixtures.organiser(people));
        long id = create(staff, "OPEN", seeds(3));
        Caller resident = api.as(people.resident());
        List<Long> statements = statementIds(resident, id);
        assertThat(resident.get("/api/v1/deliberations/" + id + "/analysis").json().get("votes").asInt()).isZero();

        vote(resident, id, statements.get(0), "AGREE");
        vote(resident, id, statements.get(1), "PASS");

        await().atMost(Duration.ofSeconds(4)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(resident.get("/api/v1/deliberations/" + id + "/analysis").json().get("votes").asInt()).isEqualTo(2));
    }

    @Test
    void theDemoDeliberationShowsGroupsAndCommonGroundOnFirstStart() {
        Caller resident = api.as(people.resident());
        JsonNode demo = null;
        for (JsonNode d : resident.get("/api/v1/deliberations").json()) {
            if (d.get("question").asString().startsWith("老旧小区加装电梯")) {
                demo = d;
            }
        }
        assertThat(demo).as("the demo deliberation").isNotNull();
        assertThat(demo.get("status").asString()).isEqualTo("OPEN");
        assertThat(demo.get("topicId")).isNotNull();
        JsonNode analysis = resident.get("/api/v1/deliberations/" + demo.get("id").asLong() + "/analysis").json();
        assertThat(analysis.get("participants").asInt()).isEqualTo(60);
        assertThat(analysis.get("groups").size()).isBetween(2, 3);
        assertThat(analysis.get("commonGround")).isNotEmpty();
    }
}
