package org.gongshang.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.gongshang.identity.Role;
import org.gongshang.support.Api;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.region.Organizations;
import tools.jackson.databind.JsonNode;

/** Builds consultations through the API for tests: an organiser, a roster, a running session. */
class ConsultationFixtures {

    private static final AtomicLong TOPICS = new AtomicLong(900_000 + System.nanoTime() % 100_000 * 10);

    final Api api;
    final People people;
    final Organizations organizations;

    ConsultationFixtures(Api api, People people, Organizations organizations) {
        this.api = api;
        this.people = people;
        this.organizations = organizations;
    }

    Person districtStaff() {
        return people.withRole(Role.STAFF, "通川区政协");
    }

    long organization(String name) {
        return organizations.list(null, null).stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
    }

    static long newTopicId() {
        return TOPICS.incrementAndGet();
    }

    String createJson(String title, long organizationId, String kind) {
        return """
                {"title":"%s","topicIds":[%d],"organizationId":%d,"kind":"%s","form":"HYBRID",
                 "venueType":"COMMUNITY_HALL","address":"凤凰山社区议事厅","startsAt":"%s"}"""
                .formatted(title, newTopicId(), organizationId, kind, Instant.now().plus(Duration.ofDays(30)));
    }

    long create(Api.Caller organiser) {
        Api.Response response = organiser.post("/api/v1/consultations",
                createJson("老旧小区加装电梯", organization("通川区政协"), "CPPCC_MICRO"));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    long add(Api.Caller organiser, long consultationId, String json) {
        Api.Response response = organiser.post("/api/v1/consultations/" + consultationId + "/participants", json);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    long addAccount(Api.Caller organiser, long consultationId, Person person, String category) {
        return add(organiser, consultationId, "{\"accountId\":%d,\"category\":\"%s\"}".formatted(person.id(), category));
    }

    long addNamed(Api.Caller organiser, long consultationId, String name, String category) {
        return add(organiser, consultationId, "{\"name\":\"%s\",\"category\":\"%s\"}".formatted(name, category));
    }

    void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
    }

    JsonNode okJson(Api.Response response) {
        ok(response);
        return response.json();
    }

    void checkIn(Api.Caller organiser, long consultationId, long participantId) {
        ok(organiser.post("/api/v1/consultations/" + consultationId + "/checkins", "{\"participantId\":" + participantId + "}"));
    }
}
