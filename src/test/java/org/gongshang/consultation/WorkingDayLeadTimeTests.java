package org.gongshang.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;

import org.gongshang.region.Organizations;
import org.gongshang.shared.Zones;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.MutableClock;
import org.gongshang.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Lead times and the minutes deadline count working days through the 2026 Mid-Autumn and National
 * Day holidays (9.25–9.27 and 10.1–10.7 off, Sunday 9.20 and Saturday 10.10 worked), as the
 * working-day calendar has them. Counting weekdays alone would give other days.
 */
@GongshangTest
class WorkingDayLeadTimeTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    Organizations organizations;

    @Autowired
    ConsultationFixtures fixtures;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    void moveClockTo(String chinaTime) {
        clock.reset();
        Instant target = ZonedDateTime.parse(chinaTime + "+08:00[Asia/Shanghai]").toInstant();
        clock.advance(Duration.between(Instant.now(), target));
    }

    @Test
    void leadTimesBeforeASessionAfterNationalDayCountOnlyWorkingDays() {
        Api.Caller staff = api.as(fixtures.districtStaff());
        moveClockTo("2026-09-14T10:00:00");
        String json = """
                {"title":"国庆后社区协商","topicIds":[%d],"organizationId":%d,"kind":"CPPCC_MICRO","form":"ONLINE",
                 "startsAt":"2026-10-12T02:00:00Z"}""".formatted(fixtures.acceptedTopic(), fixtures.organization("通川区政协"));
        Api.Response created = staff.post("/api/v1/consultations", json);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        JsonNode checks = fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/readiness")).get("checks");
        // 15 working days before Monday 12 October: 10.10 (worked Saturday), 10.9, 10.8, 9.30, 9.29, 9.28,
        // 9.24, 9.23, 9.22, 9.21, 9.20 (worked Sunday), 9.18, 9.17, 9.16, 9.15.
        assertThat(check(checks, "notice").get("dueOn").asString()).isEqualTo("2026-09-15");
        // 10 working days before: … 9.22, 9.21.
        assertThat(check(checks, "materials").get("dueOn").asString()).isEqualTo("2026-09-21");
        assertThat(check(checks, "notice").get("late").asBoolean()).isFalse();

        moveClockTo("2026-09-16T10:00:00");
        JsonNode later = fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/readiness")).get("checks");
        assertThat(check(later, "notice").get("late").asBoolean()).isTrue();
        assertThat(check(later, "materials").get("late").asBoolean()).isFalse();
    }

    @Test
    void theMinutesAreDueSevenWorkingDaysAfterASessionBeforeNationalDay() {
        Api.Caller staff = api.as(fixtures.districtStaff());
        moveClockTo("2026-09-28T09:00:00");
        String json = """
                {"title":"节前协商","topicIds":[%d],"organizationId":%d,"kind":"CPPCC_MICRO","form":"ONLINE",
                 "startsAt":"2026-09-30T01:00:00Z"}""".formatted(fixtures.acceptedTopic(), fixtures.organization("通川区政协"));
        long id = fixtures.okJson(staff.post("/api/v1/consultations", json)).get("id").asLong();
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/schedule"));
        moveClockTo("2026-09-30T11:00:00");
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/start"));
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/conclude"));

        JsonNode minutes = fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/minutes")).get("current");
        // After Wednesday 30 September: 10.8, 10.9, 10.10 (worked Saturday), 10.12, 10.13, 10.14, 10.15.
        assertThat(minutes.get("dueOn").asString()).isEqualTo("2026-10-15");
    }

    private static JsonNode check(JsonNode checks, String key) {
        for (JsonNode check : checks) {
            if (check.get("key").asString().equals(key)) {
                return check;
            }
        }
        throw new AssertionError("No check " + key);
    }
}
