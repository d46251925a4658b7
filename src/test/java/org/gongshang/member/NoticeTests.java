package org.gongshang.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import org.gongshang.member.MemberFixtures.SignedMember;
import org.gongshang.notification.Inbox;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.support.Sessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/** Notices to members over HTTP: recipients, read receipts, reminders, and what a shared link brings. */
@GongshangTest
class NoticeTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    MemberFixtures fixtures;

    @Autowired
    Inbox inbox;

    @Autowired
    MockMvc mvc;

    @Autowired
    Sessions sessions;

    @Test
    void aNoticeToASectorReachesItsMembersWhoReadItWithReceipts() {
        Person staff = fixtures.staff(MemberFixtures.DISTRICT);
        SignedMember reader = fixtures.member(MemberFixtures.DISTRICT, "社会福利和社会保障界");
        SignedMember other = fixtures.member(MemberFixtures.DISTRICT, "体育界");
        long sector = reader.member().sectorId();
        Api.Response sent = api.as(staff).post("/api/v1/members/notices", """
                {"committeeId":%d,"title":"关于开展养老服务调研的通知","body":"请于本月底前提交调研报告。","audience":"SECTOR","audienceId":%d}"""
                .formatted(reader.member().committeeId(), sector));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        long notice = sent.json().get("id").asLong();

        assertThat(inbox.page(reader.person().id(), 0, 10).items()).anySatisfy(m -> assertThat(m.title()).isEqualTo("关于开展养老服务调研的通知"));
        assertThat(inbox.page(other.person().id(), 0, 10).items()).noneSatisfy(m -> assertThat(m.title()).isEqualTo("关于开展养老服务调研的通知"));
        assertThat(api.as(other.person()).post("/api/v1/members/me/notices/" + notice + "/read").status()).isEqualTo(404);
        assertThat(api.as(reader.person()).post("/api/v1/members/me/notices/" + notice + "/read").status()).isEqualTo(200);

        JsonNode detail = api.as(staff).get("/api/v1/members/notices/" + notice).json();
        // The demo committee has members of the sector too, who have not read it.
        assertThat(detail.get("receipts").valueStream().filter(r -> r.get("memberId").asLong() == reader.member().id()))
                .singleElement().satisfies(r -> assertThat(r.get("readAt").isNull()).isFalse());
        assertThat(detail.get("receipts").valueStream().map(r -> r.get("memberId").asLong())).doesNotContain(other.member().id());
        assertThat(detail.get("notice").get("read").asInt()).isPositive().isLessThanOrEqualTo(detail.get("notice").get("recipients").asInt());
        assertThat(api.as(fixtures.staff("达川区政协")).get("/api/v1/members/notices/" + notice).status()).isEqualTo(404);
        assertThat(api.as(reader.person()).get("/api/v1/members/notices/" + notice).status()).isEqualTo(403);
    }

    @Test
    void thoseWhoHaveNotReadItAreRemindedOnce() {
        Person staff = fixtures.staff(MemberFixtures.DISTRICT);
        SignedMember member = fixtures.member(MemberFixtures.DISTRICT);
        long notice = api.as(staff).post("/api/v1/members/notices", """
                {"committeeId":%d,"title":"请核对个人档案","body":"请登录核对。","audience":"LIST","memberIds":[%d]}"""
                .formatted(member.member().committeeId(), member.member().id())).json().get("id").asLong();

        assertThat(api.as(staff).post("/api/v1/members/notices/" + notice + "/remind").json().get("reminded").asInt()).isEqualTo(1);
        assertThat(api.as(staff).post("/api/v1/members/notices/" + notice + "/remind").json().get("reminded").asInt()).isZero();
        assertThat(inbox.page(member.person().id(), 0, 10).items()).anySatisfy(m -> assertThat(m.title()).isEqualTo("请阅读通知：请核对个人档案"));
    }

    @Test
    void aMembersSharedLinkCountsOpeningsOncePerBrowserAndWhoComesSignedIn() throws Exception {
        Person staff = fixtures.staff(MemberFixtures.DISTRICT);
        SignedMember member = fixtures.member(MemberFixtures.DISTRICT);
        long notice = api.as(staff).post("/api/v1/members/notices", """
                {"committeeId":%d,"title":"请转发征题活动","body":"请转发给身边的居民。","audience":"LIST","memberIds":[%d],
                 "sharePath":"/campaigns"}""".formatted(member.member().committeeId(), member.member().id())).json().get("id").asLong();
        String code = api.as(member.person()).post("/api/v1/members/me/notices/" + notice + "/read").json().get("shareCode").asString();

        MockHttpServletResponse first = mvc.perform(get("/n/" + code)).andExpect(redirectedUrl("/campaigns")).andReturn().getResponse();
        Cookie visitor = first.getCookie("gs_visitor");
        Cookie referral = first.getCookie("gs_ref");
        mvc.perform(get("/n/" + code).cookie(visitor)).andExpect(redirectedUrl("/campaigns"));
        mvc.perform(get("/").cookie(visitor, referral).with(sessions.signedIn(people.resident())));
        mvc.perform(get("/n/not-a-code")).andExpect(redirectedUrl("/"));

        JsonNode receipt = api.as(staff).get("/api/v1/members/notices/" + notice).json().get("receipts").get(0);
        assertThat(receipt.get("opened").asInt()).isEqualTo(1);
        assertThat(receipt.get("tookPart").asInt() + receipt.get("signedUp").asInt()).isEqualTo(1);
    }

    @Test
    void aNoticeWithoutTitleOrRecipientsOrToAnotherSiteIsRefused() {
        SignedMember member = fixtures.member(MemberFixtures.DISTRICT);
        Api.Response refused = api.as(fixtures.staff(MemberFixtures.DISTRICT)).post("/api/v1/members/notices", """
                {"committeeId":%d,"title":"","body":"x","audience":"LIST","memberIds":[],"sharePath":"//evil.example"}"""
                .formatted(member.member().committeeId()));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("title", "sharePath", "audience");
        assertThat(api.as(member.person()).post("/api/v1/members/notices", "{}").status()).isEqualTo(403);
    }
}
