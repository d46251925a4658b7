package org.gongshang.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.gongshang.identity.Role;
import org.gongshang.member.MemberFixtures.SignedMember;
import org.gongshang.shared.privacy.PersonalDataCipher;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.gongshang.topic.Decision;
import org.gongshang.topic.ScreeningCase;
import org.gongshang.topic.ScreeningDecision;
import org.gongshang.topic.Screenings;
import org.gongshang.topic.TopicSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Reception records at a station's shift over HTTP: who reads them, making a topic, and the visitor told by SMS. */
@GongshangTest
class ReceptionTests {

    static final String MATTER = """
            {"visitorName":"张三丰","visitorPhone":"%s","category":"SOCIETY","communityCode":"511702001002",
             "description":"滨河路人行道地砖松动多处，老人晚上经过容易绊倒，希望尽快维修并加装路灯。","outcome":"PENDING"}""";

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    MemberFixtures fixtures;

    @Autowired
    Screenings screenings;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theMemberOnDutyRecordsAMatterWhichTheRegionAndTheCommunityReadMasked() {
        Person staff = fixtures.staff(MemberFixtures.DISTRICT);
        SignedMember member = fixtures.member(MemberFixtures.DISTRICT);
        fixtures.runningShift(fixtures.station(staff, member), member);
        String phone = People.phone();

        Api.Response recorded = api.as(member.person()).post("/api/v1/members/me/receptions", MATTER.formatted(phone));

        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        String path = "/api/v1/receptions/" + recorded.json().get("id").asLong();
        JsonNode reception = api.as(member.person()).get(path).json();
        assertThat(reception.get("visitorNameMasked").asString()).isEqualTo("张**");
        assertThat(reception.get("visitorPhoneMasked").asString()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(reception.toString()).doesNotContain(phone).doesNotContain("张三丰");
        assertThat(api.as(staff).get(path).status()).isEqualTo(200);
        assertThat(api.as(people.withRole(Role.CADRE, "滨河社区居民委员会")).get(path).status()).isEqualTo(200);
        assertThat(api.as(fixtures.member(MemberFixtures.DISTRICT).person()).get(path).status()).isEqualTo(404);
        assertThat(api.as(people.resident()).get(path).status()).isEqualTo(404);
        assertThat(api.as(fixtures.staff("达川区政协")).get(path).status()).isEqualTo(404);
        assertThat(api.as(people.withRole(Role.CADRE, "凤凰山社区居民委员会")).get(path).status()).isEqualTo(404);
    }

    @Test
    void theVisitorsNameAndPhoneAreStoredEncrypted() {
        Person staff = fixtures.staff(MemberFixtures.DISTRICT);
        SignedMember member = fixtures.member(MemberFixtures.DISTRICT);
        fixtures.runningShift(fixtures.station(staff, member), member);
        String phone = People.phone();
        long id = api.as(member.person()).post("/api/v1/members/me/receptions", MATTER.formatted(phone)).json().get("id").asLong();

        byte[] stored = jdbc.sql("select visitor_phone_cipher from member_reception where id = :id").param("id", id).query(byte[].class).single();

        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(phone);
        assertThat(cipher.decrypt(stored)).isEqualTo(phone);
    }

    @Test
    void withoutAShiftTodayNothingIsRecordedAndBadInputIsNamed() {
        SignedMember member = fixtures.member(MemberFixtures.DISTRICT);
        assertThat(api.as(member.person()).post("/api/v1/members/me/receptions", MATTER.formatted(People.phone())).status())
                .isEqualTo(409);

        fixtures.runningShift(fixtures.station(fixtures.staff(MemberFixtures.DISTRICT), member), member);
        Api.Response bad = api.as(member.person()).post("/api/v1/members/me/receptions",
                "{\"visitorPhone\":\"12345\",\"description\":\"\",\"outcome\":\"TOPIC\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("visitorPhone", "category", "description", "outcome");
        assertThat(api.as(people.resident()).post("/api/v1/members/me/receptions", MATTER.formatted(People.phone())).status())
                .isEqualTo(403);
    }

    @Test
    void aMatterMadeATopicEntersScreeningWithItsOriginAndTheVisitorIsToldWhenAccepted() {
        Person staff = fixtures.staff(MemberFixtures.DISTRICT);
        SignedMember member = fixtures.member(MemberFixtures.DISTRICT);
        fixtures.runningShift(fixtures.station(staff, member), member);
        String phone = People.phone();
        long reception = api.as(member.person()).post("/api/v1/members/me/receptions", MATTER.formatted(phone)).json().get("id").asLong();

        Api.Response made = api.as(member.person()).post("/api/v1/receptions/" + reception + "/topic", """
                {"title":"滨河路人行道地砖松动","description":"滨河路人行道地砖松动多处，老人晚上经过容易绊倒，希望尽快维修并加装路灯。"}""");

        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        long topic = made.json().get("id").asLong();
        assertThat(made.json().get("source").asString()).isEqualTo(TopicSource.MEMBER.name());
        ScreeningCase screening = screenings.screeningCase(topic, fixtures.actor(staff));
        assertThat(screening.origin()).isNotNull();
        assertThat(screening.origin().link()).isEqualTo("/receptions/" + reception);
        assertThat(api.as(member.person()).post("/api/v1/receptions/" + reception + "/topic",
                "{\"title\":\"再来一次的标题\",\"description\":\"滨河路人行道地砖松动多处，老人晚上经过容易绊倒。\"}").status()).isEqualTo(409);

        screenings.decide(topic, new ScreeningDecision(Decision.ACCEPT, null, "关系群众出行安全", null), fixtures.actor(staff));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(smsTo(phone))
                .anySatisfy(text -> assertThat(text).contains("滨河路人行道地砖松动").contains("采纳")));
    }

    @Test
    void onlyTheMemberWhoRecordedItMakesATopic() {
        Person staff = fixtures.staff(MemberFixtures.DISTRICT);
        SignedMember member = fixtures.member(MemberFixtures.DISTRICT);
        fixtures.runningShift(fixtures.station(staff, member), member);
        long reception = api.as(member.person()).post("/api/v1/members/me/receptions", MATTER.formatted(People.phone()))
                .json().get("id").asLong();
        String body = "{\"title\":\"滨河路人行道地砖松动\",\"description\":\"滨河路人行道地砖松动多处，老人晚上经过容易绊倒。\"}";

        assertThat(api.as(fixtures.member(MemberFixtures.DISTRICT).person()).post("/api/v1/receptions/" + reception + "/topic", body)
                .status()).isEqualTo(404);
        assertThat(api.as(staff).post("/api/v1/receptions/" + reception + "/topic", body).status()).isEqualTo(403);
    }

    private List<String> smsTo(String phone) {
        return jdbc.sql("select text from dev_sms where phone_hash = :hash").param("hash", cipher.lookupHash(phone))
                .query(String.class).list();
    }
}
