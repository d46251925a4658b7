package org.gongshang.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshang.outcome.OutcomeFixtures.ok;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.gongshang.identity.Role;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.HomeTasks;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** A department's and staff's work on the home page, counted through the same scopes as their lists. */
@GongshangTest
class OutcomeTasksTests {

    private static final String QUEUE = "/recommendations/queue";

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    Sessions sessions;

    OutcomeFixtures fixtures;
    Api.Caller staff;

    @BeforeEach
    void people() {
        fixtures = new OutcomeFixtures(context);
        staff = fixtures.api.as(fixtures.districtStaff());
    }

    @Test
    void aTransferWaitsForTheDepartmentToSignThenToReply() throws Exception {
        Person department = fixtures.department(OutcomeFixtures.HOUSING);
        String before = home(department);
        long toSign = HomeTasks.required(before, QUEUE, "待签收");
        long toReply = HomeTasks.required(before, QUEUE, "待答复");
        assertThat(HomeTasks.count(before, QUEUE, "逾期未答复")).isPresent();

        long id = draft();
        ok(staff.post("/api/v1/recommendations/" + id + "/sign-off"));
        ok(staff.post("/api/v1/recommendations/" + id + "/transfer",
                "{\"leadOrganizationId\":%d,\"workingDays\":20}".formatted(fixtures.organization(OutcomeFixtures.HOUSING))));
        assertThat(HomeTasks.required(home(department), QUEUE, "待签收")).isEqualTo(toSign + 1);

        ok(fixtures.api.as(department).post("/api/v1/recommendations/" + id + "/accept"));
        String after = home(department);
        assertThat(HomeTasks.required(after, QUEUE, "待签收")).isEqualTo(toSign);
        assertThat(HomeTasks.required(after, QUEUE, "待答复")).isEqualTo(toReply + 1);
    }

    @Test
    void aDraftWaitsForSignOffByTheStaffOfItsRegionOnly() throws Exception {
        Person here = fixtures.districtStaff();
        Person elsewhere = fixtures.people.withRole(Role.STAFF, "达川区政协");
        String path = "/recommendations/manage?status=DRAFT";
        long hereBefore = HomeTasks.required(home(here), path, "待批办的协商成果");
        long elsewhereBefore = HomeTasks.required(home(elsewhere), path, "待批办的协商成果");

        draft();

        assertThat(HomeTasks.required(home(here), path, "待批办的协商成果")).isEqualTo(hereBefore + 1);
        assertThat(HomeTasks.required(home(elsewhere), path, "待批办的协商成果")).isEqualTo(elsewhereBefore);
    }

    @Test
    void residentsAndMembersAreAskedToRateButSeeNoDepartmentWork() throws Exception {
        String resident = home(fixtures.people.resident());
        assertThat(HomeTasks.count(resident, "/recommendations/to-rate", "待我评价")).hasValue(0);
        assertThat(HomeTasks.count(resident, QUEUE, "待签收")).isEmpty();
        assertThat(HomeTasks.count(resident, "/recommendations/manage?status=DRAFT", "待批办的协商成果")).isEmpty();
        assertThat(HomeTasks.count(home(fixtures.people.withRole(Role.MEMBER, "达州市政协")), "/recommendations/to-rate", "待我评价"))
                .isPresent();
    }

    private long draft() {
        return ok(staff.post("/api/v1/recommendations", """
                {"text":"在凤凰山社区增设两处垃圾分类投放点，并设置洗手池。","regionCode":"511702","source":"MEMBER_SUGGESTION","isPublic":true}"""))
                .get("id").asLong();
    }

    private String home(Person person) throws Exception {
        return mvc.perform(get("/").with(sessions.signedIn(person))).andReturn().getResponse().getContentAsString();
    }
}
