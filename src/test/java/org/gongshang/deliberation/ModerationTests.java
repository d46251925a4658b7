package org.gongshang.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshang.deliberation.DeliberationFixtures.create;
import static org.gongshang.deliberation.DeliberationFixtures.statementIds;
import static org.gongshang.deliberation.DeliberationFixtures.vote;

import java.util.List;

import org.gongshang.identity.Role;
import org.gongshang.support.Api;
import org.gongshang.support.Api.Caller;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** STRICT shows only accepted statements, OPEN all but rejected ones; only organisers moderate. */
@GongshangTest
class ModerationTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    long add(Caller caller, long deliberation, String text) {
        Api.Response added = caller.post("/api/v1/deliberations/" + deliberation + "/statements", "{\"text\":\"" + text + "\"}");
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    @Test
    void underStrictModerationAStatementIsShownOnlyOnceAccepted() {
        Caller staff = api.as(DeliberationFixtures.organiser(people));
        long id = create(staff, "STRICT", List.of("应该加装电梯"));
        Caller author = api.as(people.resident());
        long statement = add(author, id, "电梯费用按楼层分摊");

        assertThat(statementIds(author, id)).doesNotContain(statement);
        assertThat(vote(author, id, statement, "AGREE").status()).isEqualTo(409);
        assertThat(staff.get("/api/v1/deliberations/" + id + "/statements?all=true").json())
                .extracting(n -> n.get("status").asString()).contains("PENDING");

        assertThat(staff.post("/api/v1/deliberations/" + id + "/statements/" + statement + "/accept").json().get("status")
                .asString()).isEqualTo("ACCEPTED");
        assertThat(statementIds(author, id)).contains(statement);
        assertThat(vote(author, id, statement, "AGREE").status()).isEqualTo(200);
    }

    @Test
    void underOpenModerationAStatementIsShownUntilRejected() {
        Caller staff = api.as(DeliberationFixtures.organiser(people));
        long id = create(staff, "OPEN", List.of("应该加装电梯"));
        Caller author = api.as(people.resident());
        long statement = add(author, id, "电梯费用按楼层分摊");
        assertThat(statementIds(author, id)).contains(statement);

        staff.post("/api/v1/deliberations/" + id + "/statements/" + statement + "/reject");
        assertThat(statementIds(author, id)).doesNotContain(statement);
        Api.Response again = staff.post("/api/v1/deliberations/" + id + "/statements/" + statement + "/reject");
        assertThat(again.status()).as("already rejected").isEqualTo(409);
    }

    @Test
    void onlyOrganisersOfTheRegionModerate() {
        Caller staff = api.as(DeliberationFixtures.organiser(people));
        long id = create(staff, "OPEN", List.of("应该加装电梯"));
        long statement = statementIds(staff, id).getFirst();
        assertThat(api.as(people.resident()).post("/api/v1/deliberations/" + id + "/statements/" + statement + "/reject")
                .status()).isEqualTo(403);
        assertThat(api.as(people.withRole(Role.STAFF, "达川区政协"))
                .post("/api/v1/deliberations/" + id + "/statements/" + statement + "/reject").status()).isEqualTo(403);
        assertThat(statementIds(staff, id)).contains(statement);
    }

    @Test
    void theAuthorHearsThatTheirStatementWasRejected() {
        Caller staff = api.as(DeliberationFixtures.organiser(people));
        long id = create(staff, "STRICT", List.of("应该加装电梯"));
        Caller author = api.as(people.resident());
        long statement = add(author, id, "物业费应当包含电梯维保");
        staff.post("/api/v1/deliberations/" + id + "/statements/" + statement + "/reject");

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(author.get("/api/v1/notifications").body()).contains("物业费应当包含电梯维保").contains("未通过审核"));
    }
}
