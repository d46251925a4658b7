package org.gongshang.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.region.Organizations;
import org.gongshang.shared.Zones;
import org.gongshang.support.Api;
import org.gongshang.support.MutableClock;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.topic.Decision;
import org.gongshang.topic.NewTopic;
import org.gongshang.topic.ScreeningDecision;
import org.gongshang.topic.Screenings;
import org.gongshang.topic.TopicCategory;
import org.gongshang.topic.TopicSubmissions;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Test data for outcomes, made through the other modules' APIs as people would: a topic submitted
 * by a resident and accepted, a consultation on it concluded with adopted consensus items and final
 * minutes (whose event makes the draft recommendations), staff and department accounts. Not a bean:
 * a test makes one from its context, so that all tests share the one application context.
 */
class OutcomeFixtures {

    static final String TONGCHUAN = "511702";
    static final String HOUSING = "市住房和城乡建设局";
    static final String TRANSPORT = "市交通运输局";

    private static final AtomicInteger TOPICS = new AtomicInteger();

    final Api api;
    final People people;
    final Organizations organizations;
    final MutableClock clock;
    private final TopicSubmissions submissions;
    private final Screenings screenings;
    private final Actors actors;
    private final Recommendations recommendations;

    OutcomeFixtures(ApplicationContext context) {
        this.api = context.getBean(Api.class);
        this.people = context.getBean(People.class);
        this.organizations = context.getBean(Organizations.class);
        this.clock = context.getBean(MutableClock.class);
        this.submissions = context.getBean(TopicSubmissions.class);
        this.screenings = context.getBean(Screenings.class);
        this.actors = context.getBean(Actors.class);
        this.recommendations = context.getBean(Recommendations.class);
    }

    /** A concluded consultation with its final minutes, the people who raised its topic and attended it. */
    record Consultation(long id, long topicId, Person submitter, Person coSigner, List<Person> attendees, Person organiser) {
    }

    Person districtStaff() {
        return people.withRole(Role.STAFF, "通川区政协");
    }

    Person department(String name) {
        return people.withRole(Role.DEPARTMENT, name);
    }

    long organization(String name) {
        return organizations.list(null, null).stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
    }

    /**
     * A consultation of 通川区政协 on a fresh resident's accepted topic co-signed by another, attended by {@code residents}
     * fresh residents who all agree to every item; concluded, and its minutes finalised.
     */
    Consultation concludedConsultation(int residents, String... items) {
        Person organiser = districtStaff();
        Api.Caller staff = api.as(organiser);
        Person submitter = people.resident();
        int n = TOPICS.incrementAndGet();
        long topic = submissions.submit(new NewTopic("成果测试第" + n + "号：小区停车位划线规范", "小区里停车位没有划线，车辆乱停堵住消防通道，希望统一规划停车位。",
                TopicCategory.SOCIETY, People.COMMUNITY, List.of(), null, null, null), actors.of(submitter.id())).id();
        screenings.decide(topic, new ScreeningDecision(Decision.ACCEPT, null, null, null), actors.of(organiser.id()));
        Person coSigner = people.resident();
        ok(api.as(coSigner).post("/api/v1/topics/" + topic + "/cosign"));

        JsonNode created = ok(staff.post("/api/v1/consultations", """
                {"title":"小区停车怎么管","topicIds":[%d],"organizationId":%d,"kind":"CPPCC_MICRO","form":"OFFLINE",
                 "venueType":"COMMUNITY_HALL","address":"凤凰山社区议事厅","startsAt":"%s"}"""
                .formatted(topic, organization("通川区政协"), Instant.now().plus(Duration.ofDays(30)))));
        long id = created.get("id").asLong();
        List<Person> attendees = new ArrayList<>();
        List<Long> participantIds = new ArrayList<>();
        for (int i = 0; i < residents; i++) {
            Person resident = people.resident();
            attendees.add(resident);
            participantIds.add(ok(staff.post("/api/v1/consultations/" + id + "/participants",
                    "{\"accountId\":%d,\"category\":\"RESIDENT\"}".formatted(resident.id()))).get("id").asLong());
        }
        ok(staff.post("/api/v1/consultations/" + id + "/schedule"));
        for (long participant : participantIds) {
            ok(staff.post("/api/v1/consultations/" + id + "/checkins", "{\"participantId\":" + participant + "}"));
        }
        ok(staff.post("/api/v1/consultations/" + id + "/start"));
        for (String text : items) {
            long item = ok(staff.post("/api/v1/consultations/" + id + "/consensus-items", "{\"text\":\"" + text + "\"}")).get("id").asLong();
            ok(staff.post("/api/v1/consultations/" + id + "/consensus-items/" + item + "/voting"));
            for (long participant : participantIds) {
                ok(staff.post("/api/v1/consultations/" + id + "/consensus-items/" + item + "/votes",
                        "{\"participantId\":" + participant + ",\"choice\":\"AGREE\"}"));
            }
            ok(staff.post("/api/v1/consultations/" + id + "/consensus-items/" + item + "/close"));
        }
        ok(staff.post("/api/v1/consultations/" + id + "/conclude"));
        long minutesId = ok(staff.get("/api/v1/consultations/" + id + "/minutes")).get("current").get("id").asLong();
        ok(staff.post("/api/v1/consultations/" + id + "/minutes/" + minutesId + "/finalise"));
        return new Consultation(id, topic, submitter, coSigner, attendees, organiser);
    }

    /** The drafts the minutes' event made, once the listener has run (it runs after the commit, on its own). */
    List<RecommendationView> draftsOf(long consultationId, int expected) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> recommendations.ofConsultation(consultationId),
                drafts -> drafts.size() == expected);
    }

    /** Moves the application's clock to a time of a day in China (tests reset it afterwards). */
    void setToday(LocalDate day, LocalTime time) {
        Instant target = ZonedDateTime.of(day, time, Zones.platform()).toInstant();
        clock.advance(Duration.between(clock.instant(), target));
    }

    static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        return response.json();
    }
}
