package org.gongshang.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.support.GongshangTest;
import org.gongshang.support.MutableClock;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The timers against the real database and clock: a 重大 event's first response is warned about once
 * at three quarters of its two hours and escalated once when missed — to the township's office, by
 * SMS — however often the check runs; a response in time stops it.
 */
@GongshangTest
class EmergencyTimerTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    EmergencyEscalation escalation;

    EmergencyFixtures fixtures;
    Person cadre;
    Person township;

    @BeforeEach
    void people() {
        fixtures = new EmergencyFixtures(context);
        cadre = fixtures.communityCadre();
        township = fixtures.townshipCadre();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aMissedFirstResponseIsWarnedOnceThenEscalatedOnceToTheTownshipsOffice() {
        long id = report("凤凰苑 2 号楼燃气泄漏");
        int townshipAlerts = fixtures.emergencySms(township);

        clock.advance(Duration.ofMinutes(95));
        escalation.check(id);
        escalation.check(id);

        assertThat(kinds(id)).containsOnlyOnce("WARNED").doesNotContain("ESCALATED");
        assertThat(fixtures.as(cadre).get("/api/v1/emergencies/" + id).json().get("escalation").asString()).isEqualTo("COMMUNITY");

        clock.advance(Duration.ofMinutes(30));
        escalation.check(id);
        escalation.check(id);

        assertThat(kinds(id)).containsOnlyOnce("WARNED", "ESCALATED");
        assertThat(fixtures.as(cadre).get("/api/v1/emergencies/" + id).json().get("escalation").asString()).isEqualTo("TOWNSHIP");
        assertThat(fixtures.emergencySms(township)).as("the township's office by SMS").isEqualTo(townshipAlerts + 1);
    }

    @Test
    void aResponseInTimeStopsTheFirstResponseTimer() {
        long id = report("凤凰苑 7 号楼电梯故障困人");
        fixtures.as(cadre).post("/api/v1/emergencies/" + id + "/responses", "{\"note\": \"物业与维保单位已到场\"}");

        clock.advance(Duration.ofHours(3));
        escalation.check(id);

        assertThat(kinds(id)).doesNotContain("WARNED", "ESCALATED");
        JsonNode event = fixtures.as(cadre).get("/api/v1/emergencies/" + id).json();
        assertThat(event.get("escalation").asString()).isEqualTo("COMMUNITY");
    }

    private long report(String title) {
        return fixtures.as(cadre).post("/api/v1/emergencies", EmergencyFixtures.report(title, "MAJOR")).json().get("id").asLong();
    }

    private List<String> kinds(long id) {
        List<String> kinds = new ArrayList<>();
        fixtures.as(cadre).get("/api/v1/emergencies/" + id).json().get("steps").forEach(step -> kinds.add(step.get("kind").asString()));
        return kinds;
    }
}
