package org.gongshang.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongshang.member.MemberFixtures.SignedMember;
import org.gongshang.shared.Zones;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Duty records and points over HTTP: automatic records, records by hand with review, rankings and exports. */
@GongshangTest
class DutyTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    MemberFixtures fixtures;

    @Autowired
    ShiftCheckIn checkIn;

    @Autowired
    MockMvc mvc;

    @Autowired
    Sessions sessions;

    @Test
    void aShiftServedAndAReceptionRecordedBecomePointsOnTheMembersPage() {
        Person staff = fixtures.staff(MemberFixtures.DISTRICT);
        SignedMember member = fixtures.member(MemberFixtures.DISTRICT);
        long shift = fixtures.runningShift(fixtures.station(staff, member), member);
        Api.Caller caller = api.as(member.person());
        caller.post("/api/v1/shifts/check-in", "{\"token\":\"" + checkIn.token(shift, fixtures.actor(staff)) + "\"}");
        caller.post("/api/v1/members/me/receptions", ReceptionTests.MATTER.formatted(People.phone()));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode year = caller.get("/api/v1/members/me/duties").json();
            assertThat(year.get("records").valueStream().map(r -> r.get("activity").asString()))
                    .containsExactlyInAnyOrder("STATION_SHIFT", "RECEPTION");
            assertThat(year.get("summary").get("total").asInt()).isEqualTo(4 + 2);
        });
    }

    @Test
    void aRecordByHandCountsOnceStaffOfTheRegionApproveIt() {
        SignedMember member = fixtures.member(MemberFixtures.DISTRICT);
        Api.Caller caller = api.as(member.person());
        Api.Response submitted = caller.post("/api/v1/members/me/duties", """
                {"activity":"PROPOSAL","occurredOn":"%s","title":"关于背街小巷停车管理的提案","evidence":"提案第 0123 号"}"""
                .formatted(LocalDate.now(Zones.platform())));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        long record = submitted.json().get("id").asLong();
        assertThat(caller.get("/api/v1/members/me/duties").json().get("summary").get("total").asInt()).isZero();

        assertThat(api.as(fixtures.staff("达川区政协")).post("/api/v1/members/duties/" + record + "/approve").status()).isEqualTo(404);
        assertThat(caller.post("/api/v1/members/duties/" + record + "/approve").status()).isEqualTo(403);
        assertThat(api.as(fixtures.staff(MemberFixtures.DISTRICT)).post("/api/v1/members/duties/" + record + "/approve").status())
                .isEqualTo(204);

        assertThat(caller.get("/api/v1/members/me/duties").json().get("summary").get("total").asInt()).isEqualTo(5);
        assertThat(api.as(fixtures.staff(MemberFixtures.DISTRICT)).post("/api/v1/members/duties/" + record + "/approve").status())
                .isEqualTo(409);
    }

    @Test
    void onlyRecordsOfAKindMembersAddThemselvesMayBeAddedByHand() {
        Api.Response refused = api.as(fixtures.member(MemberFixtures.DISTRICT).person()).post("/api/v1/members/me/duties", """
                {"activity":"STATION_SHIFT","occurredOn":"2000-01-01","title":"","evidence":""}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("activity", "occurredOn", "title", "evidence");
    }

    @Test
    void staffSeeTheRankingAndExportTheYearAndAMembersArchive() throws Exception {
        Person staff = fixtures.staff(MemberFixtures.DISTRICT);
        SignedMember member = fixtures.member(MemberFixtures.DISTRICT);
        long committee = member.member().committeeId();
        int year = LocalDate.now(Zones.platform()).getYear();

        JsonNode ranking = api.as(staff).get("/api/v1/members/rankings?committee=" + committee + "&size=500").json();
        assertThat(ranking.get("rows").valueStream().map(r -> r.get("memberId").asLong())).contains(member.member().id());
        assertThat(api.as(fixtures.staff("达川区政协")).get("/api/v1/members/rankings?committee=" + committee).status()).isEqualTo(403);
        assertThat(api.as(member.person()).get("/api/v1/members/rankings?committee=" + committee).status()).isEqualTo(403);

        // A new member has no consultation yet: short of the minimum, listed (all of them when asked).
        mvc.perform(get("/admin/members/rankings").param("committee", String.valueOf(committee)).param("allBelow", "true")
                        .with(sessions.signedIn(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(member.member().name() + " · ")));

        byte[] excel = mvc.perform(get("/admin/members/rankings/export.xlsx").param("committee", String.valueOf(committee))
                        .param("year", String.valueOf(year)).with(sessions.signedIn(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("姓名");
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(ranking.get("total").asInt() + 1);
        }
        byte[] word = mvc.perform(get("/admin/members/" + member.member().id() + "/archive.docx").param("year", String.valueOf(year))
                        .with(sessions.signedIn(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word))) {
            assertThat(document.getParagraphs().getFirst().getText()).contains(member.member().name()).contains("履职档案");
        }
        mvc.perform(get("/admin/members/" + member.member().id() + "/archive.docx").param("year", String.valueOf(year))
                .with(sessions.signedIn(fixtures.staff("达川区政协")))).andExpect(status().isNotFound());
    }

    @Test
    void theMembersPageAndTheStaffPagesRender() throws Exception {
        SignedMember member = fixtures.member(MemberFixtures.DISTRICT);
        mvc.perform(get("/duty").with(sessions.signedIn(member.person()))).andExpect(status().isOk());
        mvc.perform(get("/admin/members/rankings").with(sessions.signedIn(fixtures.staff(MemberFixtures.DISTRICT))))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/members/rules").with(sessions.signedIn(fixtures.staff(MemberFixtures.DISTRICT))))
                .andExpect(status().isOk());
        mvc.perform(get("/duty").with(sessions.signedIn(people.resident()))).andExpect(status().isForbidden());
    }
}
