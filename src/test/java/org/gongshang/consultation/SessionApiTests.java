package org.gongshang.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongshang.region.Organizations;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** A session over the JSON API: roster, check-in, turns, statistics, opinions, votes, and the refusals. */
@GongshangTest
class SessionApiTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    Organizations organizations;

    @Autowired
    ConsultationFixtures fixtures;
    Api.Caller staff;
    Person resident;
    long id;
    long residentId;
    long memberId;
    long expertId;

    @BeforeEach
    void runningSession() {
        staff = api.as(fixtures.districtStaff());
        id = fixtures.create(staff);
        resident = people.resident();
        residentId = fixtures.addAccount(staff, id, resident, "RESIDENT");
        memberId = fixtures.addNamed(staff, id, "陈委员", "MEMBER");
        expertId = fixtures.addNamed(staff, id, "周教授", "EXPERT");
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/schedule"));
        for (long participant : new long[] {residentId, memberId, expertId}) {
            fixtures.checkIn(staff, id, participant);
        }
        JsonNode started = fixtures.okJson(staff.post("/api/v1/consultations/" + id + "/start"));
        assertThat(started.get("status").asString()).isEqualTo("IN_SESSION");
    }

    @Test
    void startingATurnEndsTheRunningOneAndTheStatisticsEqualTheTurns() {
        long first = startTurn(residentId);
        long second = startTurn(memberId);
        JsonNode turns = fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/turns"));
        assertThat(turns).hasSize(2);
        assertThat(turns.get(0).get("id").asLong()).isEqualTo(first);
        assertThat(turns.get(0).get("endedAt").isNull()).isFalse();
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/turns/" + second + "/end"));

        JsonNode stats = fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/speaking-stats"));
        long recorded = 0;
        for (JsonNode turn : fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/turns"))) {
            recorded += java.time.Duration.between(java.time.Instant.parse(turn.get("startedAt").asString()),
                    java.time.Instant.parse(turn.get("endedAt").asString())).toSeconds();
        }
        assertThat(stats.get("byCategory").get("RESIDENT").get("speakers").asInt()).isEqualTo(1);
        assertThat(stats.get("byCategory").get("EXPERT").get("seconds").asLong()).isZero();
        assertThat(stats.get("totalSeconds").asLong()).isEqualTo(recorded);
        assertThat(stats.get("attendeeResidentShare").asDouble()).isEqualTo(1.0 / 3);
        assertThat(stats.has("gini")).isTrue();
        assertThat(stats.has("residentShare")).isTrue();
    }

    @Test
    void endingATurnTwiceIsAConflictAndChangesNothing() {
        long turn = startTurn(residentId);
        JsonNode ended = fixtures.okJson(staff.post("/api/v1/consultations/" + id + "/turns/" + turn + "/end"));
        Api.Response again = staff.post("/api/v1/consultations/" + id + "/turns/" + turn + "/end");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).contains("application/problem+json");
        assertThat(again.json().get("code").asString()).isEqualTo("consultation.turn.ended");
        JsonNode after = fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/turns")).get(0);
        assertThat(after.get("endedAt").asString()).isEqualTo(ended.get("endedAt").asString());
    }

    @Test
    void aTurnIsExtendedByOneOrTwoMinutesButNotThree() {
        long turn = startTurn(residentId);
        JsonNode extended = fixtures.okJson(staff.post("/api/v1/consultations/" + id + "/turns/" + turn + "/extend", "{\"minutes\":2}"));
        assertThat(extended.get("extensionMinutes").asInt()).isEqualTo(2);
        Api.Response three = staff.post("/api/v1/consultations/" + id + "/turns/" + turn + "/extend", "{\"minutes\":3}");
        assertThat(three.status()).isEqualTo(400);
        assertThat(three.json().get("errors").get(0).get("field").asString()).isEqualTo("minutes");
        JsonNode after = fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/turns")).get(0);
        assertThat(after.get("extensionMinutes").asInt()).isEqualTo(2);
        assertThat(after.get("extensions").asInt()).isEqualTo(1);
    }

    @Test
    void anExpertDoesNotVoteAndTheResultIsRecordedWithTheCountsAbstentionsCountingAsVotesCast() {
        long item = fixtures.okJson(staff.post("/api/v1/consultations/" + id + "/consensus-items",
                "{\"text\":\"优先为高层老旧小区加装电梯\"}")).get("id").asLong();
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/consensus-items/" + item + "/voting"));

        Api.Response expert = staff.post("/api/v1/consultations/" + id + "/consensus-items/" + item + "/votes",
                "{\"participantId\":" + expertId + ",\"choice\":\"AGREE\"}");
        assertThat(expert.status()).isEqualTo(403);
        assertThat(expert.json().get("code").asString()).isEqualTo("consultation.vote.expert");

        fixtures.ok(api.as(resident).post("/api/v1/consultations/" + id + "/consensus-items/" + item + "/votes", "{\"choice\":\"AGREE\"}"));
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/consensus-items/" + item + "/votes",
                "{\"participantId\":" + memberId + ",\"choice\":\"ABSTAIN\"}"));
        Api.Response twice = api.as(resident).post("/api/v1/consultations/" + id + "/consensus-items/" + item + "/votes",
                "{\"choice\":\"DISAGREE\"}");
        assertThat(twice.status()).isEqualTo(409);

        JsonNode decided = fixtures.okJson(staff.post("/api/v1/consultations/" + id + "/consensus-items/" + item + "/close"));
        assertThat(decided.get("status").asString()).isEqualTo("DECIDED");
        assertThat(decided.get("agree").asInt()).isEqualTo(1);
        assertThat(decided.get("disagree").asInt()).isZero();
        assertThat(decided.get("abstain").asInt()).isEqualTo(1);
        // One agree of two votes cast is not more than half.
        assertThat(decided.get("adopted").asBoolean()).isFalse();
    }

    @Test
    void opinionsAreRecordedBySpeakerOrCategoryAndOnlineByParticipants() {
        long agendaItem = fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/agenda")).get(3).get("id").asLong();
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/opinions",
                "{\"agendaItemId\":%d,\"participantId\":%d,\"content\":\"电梯费用分摊要公开\"}".formatted(agendaItem, memberId)));
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/opinions", "{\"category\":\"STAKEHOLDER\",\"content\":\"低层住户担心采光\"}"));
        JsonNode online = fixtures.okJson(api.as(resident).post("/api/v1/consultations/" + id + "/opinions",
                "{\"content\":\"希望先听听一楼住户的意见\"}"));
        assertThat(online.get("online").asBoolean()).isTrue();
        assertThat(online.get("category").asString()).isEqualTo("RESIDENT");
        JsonNode all = fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/opinions"));
        assertThat(all).hasSize(3);
        assertThat(all.get(1).get("speakerName").isNull()).isTrue();
    }

    @Test
    void checkingInToAnotherSessionIsRefused() {
        long other = fixtures.create(staff);
        long stranger = fixtures.addNamed(staff, other, "王群众", "RESIDENT");
        fixtures.ok(staff.post("/api/v1/consultations/" + other + "/schedule"));
        Api.Response wrong = staff.post("/api/v1/consultations/" + id + "/checkins", "{\"participantId\":" + stranger + "}");
        assertThat(wrong.status()).isEqualTo(404);
        assertThat(wrong.json().get("code").asString()).isEqualTo("consultation.participant.unknown");
        JsonNode roster = fixtures.okJson(staff.get("/api/v1/consultations/" + other + "/participants"));
        assertThat(roster.get(0).get("checkedInAt").isNull()).isTrue();
    }

    @Test
    void aParticipantRaisesTheirHandAndTheFacilitatorOrdersTheQueue() {
        JsonNode raised = fixtures.okJson(api.as(resident).post("/api/v1/consultations/" + id + "/queue", "{}"));
        assertThat(raised.get("online").asBoolean()).isTrue();
        JsonNode inRoom = fixtures.okJson(staff.post("/api/v1/consultations/" + id + "/queue", "{\"participantId\":" + memberId + "}"));
        JsonNode ordered = fixtures.okJson(staff.put("/api/v1/consultations/" + id + "/queue",
                "{\"requestIds\":[%d,%d]}".formatted(inRoom.get("id").asLong(), raised.get("id").asLong())));
        assertThat(ordered.get(0).get("participantId").asLong()).isEqualTo(memberId);
        startTurn(memberId);
        JsonNode queue = fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/queue"));
        assertThat(queue).hasSize(1);
        assertThat(queue.get(0).get("participantId").asLong()).isEqualTo(residentId);
    }

    @Test
    void onlyOrganisersRunTheSession() {
        Api.Response byResident = api.as(resident).post("/api/v1/consultations/" + id + "/turns", "{\"participantId\":" + residentId + "}");
        assertThat(byResident.status()).isEqualTo(403);
        Person otherDistrict = people.withRole(org.gongshang.identity.Role.STAFF, "达川区政协");
        Api.Response elsewhere = api.as(otherDistrict).post("/api/v1/consultations/" + id + "/conclude");
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(fixtures.okJson(staff.get("/api/v1/consultations/" + id)).get("status").asString()).isEqualTo("IN_SESSION");
    }

    private long startTurn(long participantId) {
        Api.Response response = staff.post("/api/v1/consultations/" + id + "/turns", "{\"participantId\":" + participantId + "}");
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asLong();
    }
}
