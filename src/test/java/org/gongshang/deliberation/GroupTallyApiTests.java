package org.gongshang.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshang.deliberation.DeliberationFixtures.create;
import static org.gongshang.deliberation.DeliberationFixtures.statementIds;
import static org.gongshang.deliberation.DeliberationFixtures.vote;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.gongshang.identity.Role;
import org.gongshang.shared.Zones;
import org.gongshang.support.Api;
import org.gongshang.support.Api.Caller;
import org.gongshang.support.Flash;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Show-of-hands votes at meetings over HTTP and on the organiser page: recorded by organisers as group
 * tallies, audited, shown apart from the participants' votes and never counted as participants.
 */
@GongshangTest
class GroupTallyApiTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    MockMvc mvc;

    @Autowired
    Sessions sessions;

    @Autowired
    Flash flash;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFacilitatorRecordsAShowOfHandsThatStaysApartFromTheParticipants() {
        Caller organiser = api.as(DeliberationFixtures.organiser(people));
        long id = create(organiser, "OPEN", List.of("楼道应当加装声控灯", "费用由全体住户分摊"));
        long statement = statementIds(organiser, id).getFirst();
        Caller resident = api.as(people.resident());
        assertThat(vote(resident, id, statement, "AGREE").status()).isEqualTo(200);
        String path = "/api/v1/deliberations/" + id + "/group-tallies";

        Api.Response recorded = organiser.post(path, tallyJson(statement, 23, 4, 2));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(organiser.post(path, tallyJson(statement, 10, 0, 1)).status()).isEqualTo(201);

        JsonNode totals = resident.get(path + "/totals").json();
        assertThat(totals).singleElement().satisfies(t -> {
            assertThat(t.get("agrees").asInt()).isEqualTo(33);
            assertThat(t.get("disagrees").asInt()).isEqualTo(4);
            assertThat(t.get("passes").asInt()).isEqualTo(3);
        });
        JsonNode deliberation = organiser.get("/api/v1/deliberations/" + id).json();
        assertThat(deliberation.get("participants").asInt()).as("hands are not participants").isEqualTo(1);
        assertThat(deliberation.get("votes").asLong()).as("nor votes").isEqualTo(1);
        assertThat(organiser.get(path).json()).hasSize(2);
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'deliberation.group-tally-recorded' and subject_id = :id")
                .param("id", String.valueOf(id)).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void onlyOrganisersOfItsRegionRecordTallies() {
        Caller organiser = api.as(DeliberationFixtures.organiser(people));
        long id = create(organiser, "OPEN", List.of("楼道应当加装声控灯"));
        long statement = statementIds(organiser, id).getFirst();
        String path = "/api/v1/deliberations/" + id + "/group-tallies";
        assertThat(api.anonymous().post(path, tallyJson(statement, 1, 0, 0)).status()).isEqualTo(401);
        for (Person refused : List.of(people.resident(), people.withRole(Role.STAFF, "达川区政协"),
                people.withRole(Role.MEMBER, "通川区政协"))) {
            Api.Response response = api.as(refused).post(path, tallyJson(statement, 1, 0, 0));
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(api.as(refused).get(path).status()).isEqualTo(403);
        }
        assertThat(organiser.post("/api/v1/deliberations/999999999/group-tallies", tallyJson(statement, 1, 0, 0)).status())
                .isEqualTo(404);
        assertThat(organiser.get(path + "/totals").json()).isEmpty();
    }

    @Test
    void hostileInputGetsProblemsNotErrors() {
        Caller organiser = api.as(DeliberationFixtures.organiser(people));
        long id = create(organiser, "OPEN", List.of("楼道应当加装声控灯"));
        long statement = statementIds(organiser, id).getFirst();
        long other = statementIds(organiser, create(organiser, "OPEN", List.of("别处的观点"))).getFirst();
        String path = "/api/v1/deliberations/" + id + "/group-tallies";
        String day = today().toString();
        for (String body : List.of(
                "{\"statementId\":" + other + ",\"meeting\":\"会\",\"heldOn\":\"" + day + "\",\"agrees\":1}",
                "{\"statementId\":" + statement + ",\"meeting\":\"会\\u0000议\",\"heldOn\":\"" + day + "\",\"agrees\":1}",
                "{\"statementId\":" + statement + ",\"meeting\":\"会\",\"heldOn\":\"" + day + "\",\"agrees\":99999999999999999999}",
                "{\"statementId\":\"abc\",\"meeting\":\"会\",\"heldOn\":\"" + day + "\",\"agrees\":1}",
                "{\"statementId\":" + statement + ",\"meeting\":\"会\",\"heldOn\":\"明天\",\"agrees\":1}",
                "{\"statementId\":" + statement + ",\"meeting\":\"会\",\"heldOn\":\"" + day + "\",\"agrees\":-3,\"passes\":5}",
                "{}", "[]", "")) {
            Api.Response refused = organiser.post(path, body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(organiser.inLanguage("en").post(path, "{\"statementId\":" + statement + ",\"heldOn\":\"" + day + "\",\"agrees\":1}")
                .body()).contains("Name the meeting");
        assertThat(organiser.get(path).json()).isEmpty();
    }

    @Test
    void theOrganiserPageRecordsATallyAndShowsItApartFromTheVotes() throws Exception {
        Person person = DeliberationFixtures.organiser(people);
        long id = create(api.as(person), "OPEN", List.of("楼道应当加装声控灯"));
        long statement = statementIds(api.as(person), id).getFirst();
        mvc.perform(post("/deliberations/" + id + "/group-tallies").with(sessions.signedIn(person)).with(csrf())
                        .param("statementId", String.valueOf(statement)).param("meeting", "东城街道居民议事会")
                        .param("heldOn", today().toString()).param("agrees", "17").param("disagrees", "3").param("passes", "1"))
                .andExpect(status().is3xxRedirection()).andExpect(flash.notice("已录入举手表决：同意 17 人，不同意 3 人，弃权 1 人。"));
        mvc.perform(post("/deliberations/" + id + "/group-tallies").with(sessions.signedIn(person)).with(csrf())
                        .param("statementId", String.valueOf(statement)).param("meeting", "议事会").param("heldOn", "x")
                        .param("agrees", "many"))
                .andExpect(status().is3xxRedirection()).andExpect(flash.error("请填写会议日期。"));
        mvc.perform(get("/deliberations/" + id + "/organise").with(sessions.signedIn(person)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"tally-totals\""), containsString("<td>17</td>"),
                        containsString("不参与观点群体"))));
        mvc.perform(post("/deliberations/" + id + "/group-tallies").with(sessions.signedIn(people.resident())).with(csrf())
                .param("statementId", String.valueOf(statement)).param("meeting", "冒名").param("heldOn", today().toString())
                .param("agrees", "99")).andExpect(status().isForbidden());
        assertThat(api.as(person).get("/api/v1/deliberations/" + id + "/group-tallies/totals").json().get(0).get("agrees").asInt())
                .isEqualTo(17);
    }

    private static LocalDate today() {
        return LocalDate.now(Zones.platform());
    }

    private static String tallyJson(long statement, int agrees, int disagrees, int passes) {
        return """
                {"statementId":%d,"meeting":"凤凰山社区居民议事会","heldOn":"%s","agrees":%d,"disagrees":%d,"passes":%d,
                 "note":"社区书记主持计票"}""".formatted(statement, today(), agrees, disagrees, passes);
    }
}
