package org.gongshang.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.region.Organizations;
import org.gongshang.support.Api;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.topic.Decision;
import org.gongshang.topic.NewTopic;
import org.gongshang.topic.ScreeningDecision;
import org.gongshang.topic.Screenings;
import org.gongshang.topic.TopicCategory;
import org.gongshang.topic.TopicSubmissions;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Builds consultations through the API for tests: accepted topics (submitted by a resident and
 * accepted by district staff through the topic module), an organiser, a roster, a running session.
 * Picked up by the application's component scan in tests only; lazy, so that contexts without the
 * test support beans (the command-line tests) never create it.
 */
@Component
@Lazy
public class ConsultationFixtures {

    private static final AtomicLong TOPICS = new AtomicLong();

    final Api api;
    final People people;
    final Organizations organizations;
    private final TopicSubmissions submissions;
    private final Screenings screenings;
    private final Actors actors;
    private Person screener;

    ConsultationFixtures(Api api, People people, Organizations organizations, TopicSubmissions submissions,
            Screenings screenings, Actors actors) {
        this.api = api;
        this.people = people;
        this.organizations = organizations;
        this.submissions = submissions;
        this.screenings = screenings;
        this.actors = actors;
    }

    /** A new topic in the demo community, accepted in screening: what a consultation takes up. */
    synchronized long acceptedTopic() {
        if (screener == null) {
            screener = districtStaff();
        }
        Person resident = people.resident();
        long n = TOPICS.incrementAndGet();
        long id = submissions.submit(new NewTopic("测试议题第" + n + "号：楼道照明", "楼道灯坏了很久没人修，晚上老人上下楼容易摔倒，希望尽快解决。",
                TopicCategory.SOCIETY, People.COMMUNITY, java.util.List.of(), null, null, null), actors.of(resident.id())).id();
        screenings.decide(id, new ScreeningDecision(Decision.ACCEPT, null, null, null), actors.of(screener.id()));
        return id;
    }

    public Person districtStaff() {
        return people.withRole(Role.STAFF, "通川区政协");
    }

    long organization(String name) {
        return organizations.list(null, null).stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
    }

    String createJson(String title, long organizationId, String kind) {
        return """
                {"title":"%s","topicIds":[%d],"organizationId":%d,"kind":"%s","form":"HYBRID",
                 "venueType":"COMMUNITY_HALL","address":"凤凰山社区议事厅","startsAt":"%s"}"""
                .formatted(title, acceptedTopic(), organizationId, kind, Instant.now().plus(Duration.ofDays(30)));
    }

    public long create(Api.Caller organiser) {
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

    public long addAccount(Api.Caller organiser, long consultationId, Person person, String category) {
        return add(organiser, consultationId, "{\"accountId\":%d,\"category\":\"%s\"}".formatted(person.id(), category));
    }

    public long addNamed(Api.Caller organiser, long consultationId, String name, String category) {
        return add(organiser, consultationId, "{\"name\":\"%s\",\"category\":\"%s\"}".formatted(name, category));
    }

    public void ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
    }

    public JsonNode okJson(Api.Response response) {
        ok(response);
        return response.json();
    }

    public void checkIn(Api.Caller organiser, long consultationId, long participantId) {
        ok(organiser.post("/api/v1/consultations/" + consultationId + "/checkins", "{\"participantId\":" + participantId + "}"));
    }
}
