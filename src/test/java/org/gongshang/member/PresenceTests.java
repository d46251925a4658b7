package org.gongshang.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;

import org.gongshang.consultation.Consultation;
import org.gongshang.consultation.Consultations;
import org.gongshang.identity.Role;
import org.gongshang.member.MemberFixtures.SignedMember;
import org.gongshang.notification.Inbox;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Residence reporting, assignment and coverage over HTTP, and the link to grassroots consultations. */
@GongshangTest
class PresenceTests {

    static final String FENGHUANG = "511702001001";
    static final String FENGHUANG_COMMITTEE = "凤凰山社区居民委员会";

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    MemberFixtures fixtures;

    @Autowired
    Members members;

    @Autowired
    Inbox inbox;

    @Autowired
    Consultations consultations;

    @Autowired
    MockMvc mvc;

    @Autowired
    Sessions sessions;

    @Test
    void aMemberReportsTheCommunityCadreConfirmsAndTheMemberIsPresentThere() {
        SignedMember member = fixtures.member(MemberFixtures.DISTRICT);
        Person cadre = people.withRole(Role.CADRE, FENGHUANG_COMMITTEE);
        Api.Response reported = api.as(member.person()).post("/api/v1/members/me/residence-report",
                "{\"communityCode\":\"" + FENGHUANG + "\"}");
        assertThat(reported.status()).as(reported.toString()).isEqualTo(201);
        long report = reported.json().get("id").asLong();
        assertThat(inbox.page(cadre.id(), 0, 20).items()).anySatisfy(m -> assertThat(m.body()).contains(member.member().name()));
        assertThat(members.presentIn(FENGHUANG)).noneMatch(p -> p.memberId() == member.member().id());

        Api.Response confirmed = api.as(cadre).post("/api/v1/members/residence-reports/" + report + "/confirm");

        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(204);
        assertThat(members.presentIn(FENGHUANG)).anySatisfy(p -> {
            assertThat(p.memberId()).isEqualTo(member.member().id());
            assertThat(p.presence()).isEqualTo(PresentMember.Presence.RESIDENT);
        });
        assertThat(inbox.page(member.person().id(), 0, 20).items()).anySatisfy(m -> assertThat(m.title()).isEqualTo("报到已确认"));
    }

    @Test
    void onlyTheCommunitysCadresDecideAndADeclineNeedsAReason() {
        SignedMember member = fixtures.member(MemberFixtures.DISTRICT);
        long report = api.as(member.person()).post("/api/v1/members/me/residence-report",
                "{\"communityCode\":\"" + FENGHUANG + "\"}").json().get("id").asLong();
        String path = "/api/v1/members/residence-reports/" + report;

        assertThat(api.as(people.withRole(Role.CADRE, "西外社区居民委员会")).post(path + "/confirm").status()).isEqualTo(404);
        assertThat(api.as(fixtures.staff(MemberFixtures.DISTRICT)).post(path + "/confirm").status()).isEqualTo(403);
        assertThat(api.as(people.resident()).post(path + "/confirm").status()).isEqualTo(403);
        assertThat(api.as(member.person()).post(path + "/confirm").status()).isEqualTo(403);
        Api.Caller cadre = api.as(people.withRole(Role.CADRE, FENGHUANG_COMMITTEE));
        Api.Response noReason = cadre.post(path + "/decline", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        assertThat(cadre.post(path + "/decline", "{\"reason\":\"经核实不在本社区居住\"}").status()).isEqualTo(204);
        JsonNode mine = api.as(member.person()).get("/api/v1/members/me/residence-reports").json();
        assertThat(mine.get(0).get("status").asString()).isEqualTo("DECLINED");
        assertThat(mine.get(0).get("declineReason").asString()).isEqualTo("经核实不在本社区居住");
    }

    @Test
    void staffAssignAMemberToAVillageWhichIsThenCovered() {
        SignedMember member = fixtures.member("达川区政协");
        Api.Caller staff = api.as(fixtures.staff("达川区政协"));
        String village = "511703101201";
        Api.Response assigned = staff.post("/api/v1/members/" + member.member().id() + "/assignments", """
                {"communityCode":"%s","startsOn":"%s","endsOn":"%s","note":"乡村振兴联系点"}"""
                .formatted(village, LocalDate.now().minusDays(1), LocalDate.now().plusMonths(6)));

        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
        JsonNode coverage = staff.get("/api/v1/members/coverage?region=511703").json();
        JsonNode district = coverage.get("districts").get(0);
        assertThat(district.get("uncovered").valueStream().map(r -> r.get("code").asString())).doesNotContain(village);
        assertThat(district.get("covered").asInt()).isPositive();
        assertThat(members.presentIn(village)).anySatisfy(p -> assertThat(p.presence()).isEqualTo(PresentMember.Presence.ASSIGNED));
    }

    @Test
    void anAssignmentOutsideTheCommitteesRegionOrByAnotherDistrictIsRefused() {
        SignedMember member = fixtures.member("达川区政协");
        String body = """
                {"communityCode":"%s","startsOn":"%s","endsOn":"%s"}""";
        Api.Response outside = api.as(fixtures.staff("达川区政协")).post("/api/v1/members/" + member.member().id() + "/assignments",
                body.formatted(FENGHUANG, LocalDate.now(), LocalDate.now().plusMonths(1)));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().get("errors").get(0).get("field").asString()).isEqualTo("communityCode");

        Api.Response byOther = api.as(fixtures.staff(MemberFixtures.DISTRICT)).post("/api/v1/members/" + member.member().id()
                + "/assignments", body.formatted("511703101201", LocalDate.now(), LocalDate.now().plusMonths(1)));
        assertThat(byOther.status()).isEqualTo(404);
        assertThat(api.as(fixtures.staff("达川区政协")).get("/api/v1/members/coverage?region=511702").status()).isEqualTo(403);
    }

    @Test
    void membersOfTheCommunityAreSuggestedForAGrassrootsConsultationAndToldWhenItIsScheduled() throws Exception {
        SignedMember member = fixtures.member(MemberFixtures.DISTRICT);
        Person cadre = people.withRole(Role.CADRE, FENGHUANG_COMMITTEE);
        long report = api.as(member.person()).post("/api/v1/members/me/residence-report",
                "{\"communityCode\":\"" + FENGHUANG + "\"}").json().get("id").asLong();
        api.as(cadre).post("/api/v1/members/residence-reports/" + report + "/confirm");
        Consultation consultation = fixtures.grassrootsConsultation(FENGHUANG_COMMITTEE, cadre);

        mvc.perform(get("/consultations/" + consultation.id() + "/roster").with(sessions.signedIn(cadre)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("id=\"suggested\""),
                        Matchers.containsString(member.member().name()), Matchers.containsString("凤凰山社区报到的委员"))));

        consultations.schedule(consultation.id(), fixtures.actor(cadre));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(inbox.page(member.person().id(), 0, 20).items())
                .anySatisfy(m -> assertThat(m.link()).isEqualTo("/consultations/" + consultation.id())));
    }
}
