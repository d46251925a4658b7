package org.gongshang.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.gongshang.identity.Actors;
import org.gongshang.region.Organization;
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
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A consultation of the staff's CPPCC committee concluded through the consultation API with fresh residents
 * checked in, not open to the public; returned once its evaluation has begun (a listener after the commit).
 */
public class ConcludedConsultations {

    private static final AtomicInteger TOPICS = new AtomicInteger();

    public record Concluded(long id, List<Person> attendees) {
    }

    private final Api api;
    private final People people;
    private final Organizations organizations;
    private final TopicSubmissions submissions;
    private final Screenings screenings;
    private final Actors actors;
    private final Evaluations evaluations;

    public ConcludedConsultations(ApplicationContext context) {
        this.api = context.getBean(Api.class);
        this.people = context.getBean(People.class);
        this.organizations = context.getBean(Organizations.class);
        this.submissions = context.getBean(TopicSubmissions.class);
        this.screenings = context.getBean(Screenings.class);
        this.actors = context.getBean(Actors.class);
        this.evaluations = context.getBean(Evaluations.class);
    }

    /** @param staff staff of 通川区政协, who organise it */
    public Concluded concluded(Person staff, int residents) {
        Api.Caller asStaff = api.as(staff);
        Person submitter = people.resident();
        long topic = submissions.submit(new NewTopic("质量评价测试第" + TOPICS.incrementAndGet() + "号：楼道堆物清理",
                "楼道里堆满杂物，堵住消防通道，希望社区组织清理并定期检查。", TopicCategory.SOCIETY, People.COMMUNITY, List.of(),
                null, null, null), actors.of(submitter.id())).id();
        screenings.decide(topic, new ScreeningDecision(Decision.ACCEPT, null, null, null), actors.of(staff.id()));
        long organization = organizations.list(null, null).stream().filter(o -> o.name().equals("通川区政协"))
                .map(Organization::id).findFirst().orElseThrow();
        long id = ok(asStaff.post("/api/v1/consultations", """
                {"title":"楼道堆物怎么清","topicIds":[%d],"organizationId":%d,"kind":"CPPCC_MICRO","form":"OFFLINE",
                 "venueType":"COMMUNITY_HALL","address":"凤凰山社区议事厅","startsAt":"%s","openToPublic":false}"""
                .formatted(topic, organization, Instant.now().plus(Duration.ofDays(30))))).get("id").asLong();
        List<Person> attendees = new ArrayList<>();
        List<Long> participants = new ArrayList<>();
        for (int i = 0; i < residents; i++) {
            Person resident = people.resident();
            attendees.add(resident);
            participants.add(ok(asStaff.post("/api/v1/consultations/" + id + "/participants",
                    "{\"accountId\":%d,\"category\":\"RESIDENT\"}".formatted(resident.id()))).get("id").asLong());
        }
        ok(asStaff.post("/api/v1/consultations/" + id + "/schedule"));
        for (long participant : participants) {
            ok(asStaff.post("/api/v1/consultations/" + id + "/checkins", "{\"participantId\":" + participant + "}"));
        }
        ok(asStaff.post("/api/v1/consultations/" + id + "/start"));
        ok(asStaff.post("/api/v1/consultations/" + id + "/conclude"));
        await().atMost(Duration.ofSeconds(20)).until(() -> evaluations.find(id).isPresent());
        return new Concluded(id, List.copyOf(attendees));
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        return response.json();
    }
}
