package org.gongshang.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.concurrent.atomic.AtomicInteger;

import org.gongshang.consultation.ConsultationFixtures;
import org.gongshang.identity.Role;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.HomeTasks;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The home page as the landing page of work: each person's tasks, counted in their own regions. */
@GongshangTest
class HomeTasksTests {

    private static final AtomicInteger TOPICS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Sessions sessions;

    @Autowired
    Api api;

    @Autowired
    ConsultationFixtures consultations;

    @Test
    void aVisitorSeesNoTasks() throws Exception {
        assertThat(home(null)).doesNotContain("id=\"my-tasks\"");
    }

    @Test
    void aNewTopicCountsForTheScreenersOfItsRegionOnly() throws Exception {
        Person tongchuan = people.withRole(Role.STAFF, "通川区政协");
        Person dachuan = people.withRole(Role.STAFF, "达川区政协");
        long hereBefore = HomeTasks.required(home(tongchuan), "/screening", "待遴选议题");
        long elsewhereBefore = HomeTasks.required(home(dachuan), "/screening", "待遴选议题");

        submit(people.resident());

        assertThat(HomeTasks.required(home(tongchuan), "/screening", "待遴选议题")).isEqualTo(hereBefore + 1);
        assertThat(HomeTasks.required(home(dachuan), "/screening", "待遴选议题")).isEqualTo(elsewhereBefore);
    }

    @Test
    void aResidentSeesWhatToRateAndTheNewsOfTheirTopicsButNoStaffWork() throws Exception {
        Person resident = people.resident();
        long topic = submit(resident);

        String page = home(resident);
        assertThat(HomeTasks.required(page, "/recommendations/to-rate", "待我评价")).isZero();
        assertThat(HomeTasks.section(page)).contains("href=\"/topics/" + topic + "\"").contains("已提交，等待遴选")
                .doesNotContain("待遴选议题").doesNotContain("待签收").doesNotContain("待审定计划");

        api.as(people.withRole(Role.STAFF, "通川区政协")).post("/api/v1/topics/" + topic + "/screening", "{\"decision\":\"ACCEPT\"}");
        assertThat(HomeTasks.section(home(resident))).contains("遴选采纳");
    }

    @Test
    void aReviewerSeesThePlansToReviewAndStaffDoNot() throws Exception {
        assertThat(HomeTasks.count(home(people.withRole(Role.REVIEWER, "中共达州市委")), "/plans#awaiting", "待审定计划"))
                .isPresent();
        assertThat(HomeTasks.count(home(people.withRole(Role.STAFF, "达州市政协")), "/plans#awaiting", "待审定计划"))
                .isEmpty();
    }

    @Test
    void aScheduledConsultationWaitsOnTheHomePageOfThoseTakingPartOnly() throws Exception {
        Person staff = people.withRole(Role.STAFF, "通川区政协");
        Api.Caller organiser = api.as(staff);
        Person resident = people.resident();
        String mine = "/consultations?scope=MINE";
        assertThat(HomeTasks.count(home(resident), mine, "我参加的协商（进行中或将举行）")).isEmpty();
        Person elsewhere = people.withRole(Role.STAFF, "达川区政协");
        long organising = HomeTasks.required(home(staff), "/consultations?scope=ORGANISER", "本地将举行的协商");
        long organisingElsewhere = HomeTasks.required(home(elsewhere), "/consultations?scope=ORGANISER", "本地将举行的协商");

        long id = consultations.create(organiser);
        consultations.addAccount(organiser, id, resident, "RESIDENT");
        consultations.ok(organiser.post("/api/v1/consultations/" + id + "/schedule"));

        assertThat(HomeTasks.count(home(resident), mine, "我参加的协商（进行中或将举行）")).hasValue(1);
        assertThat(HomeTasks.count(home(people.resident()), mine, "我参加的协商（进行中或将举行）")).isEmpty();
        assertThat(HomeTasks.required(home(staff), "/consultations?scope=ORGANISER", "本地将举行的协商")).isEqualTo(organising + 1);
        assertThat(HomeTasks.required(home(elsewhere), "/consultations?scope=ORGANISER", "本地将举行的协商"))
                .isEqualTo(organisingElsewhere);
    }

    @Test
    void screeningIsInTheNavigationOfScreenersOnly() throws Exception {
        assertThat(home(people.withRole(Role.STAFF, "通川区政协"))).contains("href=\"/screening\">议题遴选<");
        assertThat(home(people.withRole(Role.CADRE, "凤凰山社区居民委员会"))).contains("href=\"/screening\">议题遴选<");
        assertThat(home(people.resident())).doesNotContain("href=\"/screening\"");
    }

    @Test
    void theTasksReadInEnglishToo() throws Exception {
        Person staff = people.withRole(Role.STAFF, "通川区政协");
        String page = mvc.perform(get("/").param("lang", "en").with(sessions.signedIn(staff))).andReturn().getResponse()
                .getContentAsString();
        assertThat(HomeTasks.count(page, "/screening", "Topics to screen")).isPresent();
        assertThat(HomeTasks.section(page)).contains("My tasks");
    }

    private long submit(Person resident) {
        int n = TOPICS.incrementAndGet();
        Api.Response response = api.as(resident).post("/api/v1/topics", """
                {"title":"首页待办测试第%d号：路灯坏了","description":"凤凰山社区第%d巷的路灯坏了一个月，晚上出行不便，希望尽快修好。","category":"SOCIETY","regionCode":"%s"}"""
                .formatted(n, n, People.COMMUNITY));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    private String home(Person person) throws Exception {
        var request = get("/");
        return mvc.perform(person == null ? request : request.with(sessions.signedIn(person))).andReturn().getResponse()
                .getContentAsString();
    }
}
