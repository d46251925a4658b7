package org.gongshang.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongshang.deliberation.DeliberationFixtures.create;
import static org.gongshang.deliberation.DeliberationFixtures.seeds;
import static org.gongshang.deliberation.DeliberationFixtures.statementIds;
import static org.gongshang.deliberation.DeliberationFixtures.vote;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gongshang.identity.Role;
import org.gongshang.support.Api;
import org.gongshang.support.Api.Caller;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The deliberation API over HTTP: create, statements, votes and every wrong vote, next statement, denials. */
@GongshangTest
class DeliberationApiTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    Caller organiser() {
        return api.as(DeliberationFixtures.organiser(people));
    }

    long votesOf(Caller caller, long deliberation) {
        return caller.get("/api/v1/deliberations/" + deliberation).json().get("votes").asLong();
    }

    @Test
    void anOrganiserCreatesADeliberationWithSeedStatementsEveryoneSignedInCanRead() {
        Caller staff = organiser();
        long id = create(staff, "OPEN", List.of("应该加装电梯", "低层住户应得到补偿"));
        Caller resident = api.as(people.resident());

        JsonNode read = resident.get("/api/v1/deliberations/" + id).json();
        assertThat(read.get("question").asString()).isEqualTo("小区加装电梯怎么办？");
        assertThat(read.get("status").asString()).isEqualTo("OPEN");
        assertThat(read.get("consultationId").asLong()).isEqualTo(1);
        assertThat(resident.get("/api/v1/deliberations/" + id + "/statements").json()).extracting(n -> n.get("text").asString())
                .containsExactly("应该加装电梯", "低层住户应得到补偿");
        assertThat(resident.get("/api/v1/deliberations").json()).extracting(n -> n.get("id").asLong()).contains(id);
    }

    @Test
    void aDeliberationOnATopicTakesTheTopicsRegion() {
        long topic = api.as(people.admin()).get("/api/v1/topics?q=加装电梯&region=511702").json().get("items").get(0).get("id").asLong();
        Api.Response created = organiser().post("/api/v1/deliberations", """
                {"question":"加装电梯的费用怎么分摊？","topicId":%d,"closesAt":"2099-01-01T00:00:00Z"}""".formatted(topic));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("regionCode").asString()).startsWith("511702");
        assertThat(created.json().get("topicId").asLong()).isEqualTo(topic);
    }

    @Test
    void withoutQuestionOrCloseTimeNothingIsCreated() {
        Api.Response response = organiser().post("/api/v1/deliberations", "{\"consultationId\":1,\"regionCode\":\"511702\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors")).extracting(e -> e.get("field").asString()).contains("question", "closesAt");
    }

    @Test
    void staffOfAnotherRegionCannotOrganise() {
        Caller other = api.as(people.withRole(Role.STAFF, "达川区政协"));
        Api.Response response = other.post("/api/v1/deliberations", DeliberationFixtures.json("问题", "OPEN", List.of()));
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void residentsCannotOrganiseAndAnonymousCallersAreAskedToLogIn() {
        Caller resident = api.as(people.resident());
        assertThat(resident.post("/api/v1/deliberations", DeliberationFixtures.json("问题", "OPEN", List.of())).status())
                .isEqualTo(403);
        long id = create(organiser(), "OPEN", List.of("应该加装电梯"));
        assertThat(api.anonymous().get("/api/v1/deliberations/" + id).status()).isEqualTo(401);
        assertThat(api.anonymous().post("/api/v1/deliberations/" + id + "/votes", "{}").status()).isEqualTo(401);
    }

    @Test
    void aVoteIsStoredAndAChangedVoteKeepsItsHistory() {
        long id = create(organiser(), "OPEN", List.of("应该加装电梯"));
        Caller resident = api.as(people.resident());
        long statement = statementIds(resident, id).getFirst();

        assertThat(vote(resident, id, statement, "AGREE").status()).isEqualTo(200);
        assertThat(vote(resident, id, statement, "DISAGREE").status()).isEqualTo(200);

        JsonNode history = resident.get("/api/v1/deliberations/" + id + "/votes?statementId=" + statement).json();
        assertThat(history).extracting(h -> h.get("value").asString()).containsExactly("AGREE", "DISAGREE");
        assertThat(votesOf(resident, id)).as("one current vote").isEqualTo(1);
    }

    @Test
    void aValueOutsideTheThreeIsRefusedAndNothingIsStored() {
        long id = create(organiser(), "OPEN", List.of("应该加装电梯"));
        Caller resident = api.as(people.resident());
        long statement = statementIds(resident, id).getFirst();

        Api.Response maybe = vote(resident, id, statement, "MAYBE");
        assertThat(maybe.status()).isEqualTo(400);
        assertThat(maybe.json().get("errors").get(0).get("field").asString()).isEqualTo("value");
        assertThat(resident.post("/api/v1/deliberations/" + id + "/votes", "{\"statementId\":" + statement + "}").status())
                .isEqualTo(400);
        assertThat(resident.post("/api/v1/deliberations/" + id + "/votes", "{\"value\":\"AGREE\"}").status()).isEqualTo(400);
        assertThat(votesOf(resident, id)).isZero();
    }

    @Test
    void aVoteOnAnUnknownStatementOrDeliberationIsNotFound() {
        long id = create(organiser(), "OPEN", List.of("应该加装电梯"));
        long other = create(organiser(), "OPEN", List.of("别的协商"));
        Caller resident = api.as(people.resident());
        long foreign = statementIds(resident, other).getFirst();

        assertThat(vote(resident, id, 999_999_999L, "AGREE").status()).isEqualTo(404);
        assertThat(vote(resident, id, foreign, "AGREE").status()).as("a statement of another deliberation").isEqualTo(404);
        assertThat(vote(resident, 999_999_999L, foreign, "AGREE").status()).isEqualTo(404);
        assertThat(votesOf(resident, id)).isZero();
        assertThat(votesOf(resident, other)).isZero();
    }

    @Test
    void aVoteOnARejectedStatementIsRefused() {
        Caller staff = organiser();
        long id = create(staff, "OPEN", List.of("应该加装电梯", "这条会被驳回"));
        Caller resident = api.as(people.resident());
        List<Long> statements = statementIds(resident, id);
        assertThat(vote(resident, id, statements.get(0), "AGREE").status()).isEqualTo(200);
        assertThat(staff.post("/api/v1/deliberations/" + id + "/statements/" + statements.get(1) + "/reject").status())
                .isEqualTo(200);

        Api.Response refused = vote(resident, id, statements.get(1), "AGREE");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("驳回");
        assertThat(votesOf(resident, id)).isEqualTo(1);
    }

    @Test
    void aVoteOnAClosedDeliberationIsRefused() {
        Caller staff = organiser();
        long id = create(staff, "OPEN", List.of("应该加装电梯"));
        Caller resident = api.as(people.resident());
        long statement = statementIds(resident, id).getFirst();
        assertThat(staff.post("/api/v1/deliberations/" + id + "/close").json().get("status").asString()).isEqualTo("CLOSED");

        Api.Response refused = vote(resident, id, statement, "AGREE");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("结束");
        assertThat(votesOf(resident, id)).isZero();
    }

    @Test
    void aParticipantWithoutRealNameVerificationCannotVoteUnlessInvited() {
        Caller staff = organiser();
        long id = create(staff, "OPEN", List.of("应该加装电梯"));
        Person department = people.withRole(Role.DEPARTMENT, "市住房和城乡建设局");
        Caller unverified = api.as(department);
        long statement = statementIds(unverified, id).getFirst();

        Api.Response refused = vote(unverified, id, statement, "AGREE");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(votesOf(staff, id)).isZero();
        assertThat(staff.get("/api/v1/deliberations/" + id).json().get("participants").asInt()).as("nobody joined").isZero();

        Api.Response invited = staff.post("/api/v1/deliberations", """
                {"question":"邀请部门参加","consultationId":1,"regionCode":"511702","closesAt":"2099-01-01T00:00:00Z",
                 "seedStatements":["应该加装电梯"],"invitees":[%d]}""".formatted(department.id()));
        long invitedId = invited.json().get("id").asLong();
        long invitedStatement = statementIds(unverified, invitedId).getFirst();
        assertThat(vote(unverified, invitedId, invitedStatement, "AGREE").status()).isEqualTo(200);
    }

    @Test
    void anOrganiserInvitesLaterAndOnlyKnownAccounts() {
        Caller staff = organiser();
        long id = create(staff, "OPEN", List.of("应该加装电梯"));
        Person department = people.withRole(Role.DEPARTMENT, "市住房和城乡建设局");
        Caller unverified = api.as(department);
        long statement = statementIds(unverified, id).getFirst();
        assertThat(vote(unverified, id, statement, "AGREE").status()).isEqualTo(403);

        Api.Response nobody = staff.post("/api/v1/deliberations/" + id + "/invitations", "{\"accountIds\":[]}");
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.json().get("errors").get(0).get("field").asString()).isEqualTo("accountIds");
        Api.Response unknown = staff.post("/api/v1/deliberations/" + id + "/invitations",
                "{\"accountIds\":[%d, 999999999]}".formatted(department.id()));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(vote(unverified, id, statement, "AGREE").status()).as("nobody was invited").isEqualTo(403);
        assertThat(api.as(people.resident()).post("/api/v1/deliberations/" + id + "/invitations",
                "{\"accountIds\":[%d]}".formatted(department.id())).status()).isEqualTo(403);

        Api.Response invited = staff.post("/api/v1/deliberations/" + id + "/invitations",
                "{\"accountIds\":[%d]}".formatted(department.id()));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(200);
        assertThat(vote(unverified, id, statement, "AGREE").status()).isEqualTo(200);
    }

    @Test
    void theNextStatementIsNeverOneAlreadyVotedOn() {
        long id = create(organiser(), "OPEN", seeds(6));
        Caller resident = api.as(people.resident());
        Set<Long> voted = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            Api.Response next = resident.get("/api/v1/deliberations/" + id + "/next-statement");
            assertThat(next.status()).isEqualTo(200);
            long statement = next.json().get("id").asLong();
            assertThat(voted).as("offered again").doesNotContain(statement);
            assertThat(vote(resident, id, statement, i % 2 == 0 ? "AGREE" : "PASS").status()).isEqualTo(200);
            voted.add(statement);
        }
        assertThat(resident.get("/api/v1/deliberations/" + id + "/next-statement").status()).as("all voted").isEqualTo(204);
    }

    @Test
    void aStatementLongerThan140CharactersIsRefused() {
        long id = create(organiser(), "OPEN", List.of("应该加装电梯"));
        Caller resident = api.as(people.resident());
        Api.Response refused = resident.post("/api/v1/deliberations/" + id + "/statements",
                "{\"text\":\"" + "长".repeat(141) + "\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
        assertThat(resident.post("/api/v1/deliberations/" + id + "/statements", "{\"text\":\"" + "长".repeat(140) + "\"}")
                .status()).isEqualTo(201);
    }

    @Test
    void aNearDuplicateIsPointedOutBeforeItIsAdded() {
        long id = create(organiser(), "OPEN", List.of("老旧小区应该加装电梯，方便老人出行"));
        Caller resident = api.as(people.resident());

        Api.Response similar = resident.post("/api/v1/deliberations/" + id + "/statements",
                "{\"text\":\"老旧小区应该加装电梯，方便老年人出行。\"}");
        assertThat(similar.status()).isEqualTo(409);
        assertThat(similar.json().get("similar").get(0).get("text").asString()).isEqualTo("老旧小区应该加装电梯，方便老人出行");
        assertThat(statementIds(resident, id)).hasSize(1);

        Api.Response confirmed = resident.post("/api/v1/deliberations/" + id + "/statements",
                "{\"text\":\"老旧小区应该加装电梯，方便老年人出行。\",\"confirmed\":true}");
        assertThat(confirmed.status()).isEqualTo(201);
        assertThat(statementIds(resident, id)).hasSize(2);
    }

    @Test
    void aStatementWithASensitiveWordIsHeldForAModerator() {
        Caller staff = organiser();
        long id = create(staff, "OPEN", List.of("应该加装电梯"));
        Caller resident = api.as(people.resident());
        Api.Response added = resident.post("/api/v1/deliberations/" + id + "/statements", "{\"text\":\"不装电梯我们就去游行\"}");
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("held").asBoolean()).isTrue();
        assertThat(statementIds(resident, id)).doesNotContain(added.json().get("id").asLong());
        assertThat(vote(resident, id, added.json().get("id").asLong(), "AGREE").status()).isEqualTo(409);
    }
}
