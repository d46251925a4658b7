package org.gongshang.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.gongshang.identity.Accounts;
import org.gongshang.identity.Role;
import org.gongshang.member.MemberFixtures.SignedMember;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Registering members over the API: new and existing accounts, the CSV import, what each caller may see. */
@GongshangTest
class MemberRegistrationTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    MemberFixtures fixtures;

    @Autowired
    Accounts accounts;

    @Autowired
    MemberRegistration registration;

    @Test
    void staffRegisterANewMemberWhoGetsAnAccountWithTheMemberRoleInTheCommittee() {
        long committee = fixtures.committee(MemberFixtures.DISTRICT);
        String username = "m" + System.nanoTime();
        Api.Response created = api.as(fixtures.staff(MemberFixtures.DISTRICT)).post("/api/v1/members", """
                {"username":"%s","realName":"周委员","phone":"%s","committeeId":%d,"term":"第五届","termStartYear":2022,
                 "termEndYear":2027,"sector":"农业界","position":"STANDING","workUnit":"磐石镇农业服务中心","expertise":["农业","水利"]}"""
                .formatted(username, People.phone(), committee));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode member = created.json().get("member");
        assertThat(member.get("sector").asString()).isEqualTo("农业界");
        assertThat(member.get("position").asString()).isEqualTo("STANDING");
        assertThat(created.json().get("initialPassword").asString()).isNotBlank();
        var account = accounts.findByUsername(username).orElseThrow();
        assertThat(account.grants()).anySatisfy(grant -> {
            assertThat(grant.role()).isEqualTo(Role.MEMBER);
            assertThat(grant.organizationId()).isEqualTo(committee);
        });
    }

    @Test
    void theProblemsOfAProfileComeBackTogetherAtTheirFields() {
        Api.Response refused = api.as(fixtures.staff(MemberFixtures.DISTRICT)).inLanguage("en").post("/api/v1/members", """
                {"username":"%s","committeeId":%d,"term":"","termStartYear":2027,"termEndYear":2020,"sector":"没有这个界别"}"""
                .formatted(people.resident().username(), fixtures.committee(MemberFixtures.DISTRICT)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("term", "termEndYear", "sector", "position");
        assertThat(refused.body()).contains("This committee has no active sector");
    }

    @Test
    void staffOfAnotherDistrictCannotRegisterIntoTheCommitteeNorSeeItsMembers() {
        SignedMember member = fixtures.member(MemberFixtures.DISTRICT);
        Api.Caller other = api.as(people.withRole(Role.STAFF, "达川区政协"));

        assertThat(other.post("/api/v1/members", """
                {"username":"%s","committeeId":%d,"term":"第五届","termStartYear":2022,"termEndYear":2027,"sector":"教育界",
                 "position":"ORDINARY"}""".formatted(people.resident().username(), member.member().committeeId())).status())
                .isEqualTo(403);
        assertThat(other.get("/api/v1/members/" + member.member().id()).status()).isEqualTo(404);
        assertThat(other.get("/api/v1/members?committee=" + member.member().committeeId()).json()).isEmpty();
    }

    @Test
    void aMemberReadsTheirOwnProfileButNotAnotherMembers() {
        SignedMember one = fixtures.member(MemberFixtures.DISTRICT);
        SignedMember another = fixtures.member(MemberFixtures.DISTRICT);
        Api.Caller caller = api.as(one.person());

        assertThat(caller.get("/api/v1/members/" + one.member().id()).json().get("workUnit").asString()).isEqualTo("达州市第一中学");
        assertThat(caller.get("/api/v1/members/" + another.member().id()).status()).isEqualTo(404);
        assertThat(caller.get("/api/v1/members").status()).isEqualTo(403);
    }

    @Test
    void residentsAndStrangersGetNoMemberList() {
        assertThat(api.as(people.resident()).get("/api/v1/members").status()).isEqualTo(403);
        assertThat(api.anonymous().get("/api/v1/members").status()).isEqualTo(401);
    }

    @Test
    void thePublicProfileShowsOnlyWhatTheMemberAllows() {
        SignedMember member = fixtures.member(MemberFixtures.DISTRICT, "医药卫生界");
        JsonNode profile = api.anonymous().get("/api/v1/members/" + member.member().id() + "/public").json();

        assertThat(profile.get("name").asString()).isEqualTo(member.member().name());
        assertThat(profile.get("sector").asString()).isEqualTo("医药卫生界");
        assertThat(profile.toString()).doesNotContain("达州市第一中学").doesNotContain(member.person().phone());
    }

    @Test
    void aProfileTheMemberKeepsPrivateIsNotFound() {
        SignedMember member = fixtures.member(MemberFixtures.DISTRICT);
        registration.changeVisibility(member.member().id(), new ProfileVisibility(false, true, true, true),
                fixtures.actor(member.person()));

        assertThat(api.anonymous().get("/api/v1/members/" + member.member().id() + "/public").status()).isEqualTo(404);
    }

    @Test
    void aCsvImportWithOneBadRowImportsNothingAndNamesTheRow() {
        Person staff = fixtures.staff(MemberFixtures.DISTRICT);
        long committee = fixtures.committee(MemberFixtures.DISTRICT);
        String good = "imp" + System.nanoTime();
        String csv = String.join("\n", String.join(",", MemberImport.HEADER),
                good + ",吴导入," + People.phone() + ",,,第五届,2022,2027,教育界,,委员,达州职业技术学院,教授,职业教育",
                "bad" + System.nanoTime() + ",郑导入,,,,第五届,2022,2027,没有的界别,,理事,,,",
                "");

        Api.Response refused = api.as(staff).upload("/api/v1/members/import?committee=" + committee, "file", "members.csv",
                "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("rows[3].sector", "rows[3].position");
        assertThat(accounts.findByUsername(good)).isEmpty();
    }

    @Test
    void aGoodCsvImportRegistersEveryRow() {
        long committee = fixtures.committee(MemberFixtures.DISTRICT);
        String first = "imp" + System.nanoTime();
        String existing = people.withRole(Role.MEMBER, MemberFixtures.DISTRICT).username();
        String csv = "\uFEFF" + String.join("\n", String.join(",", MemberImport.HEADER),
                first + ",吴导入," + People.phone() + ",,,第五届,2022,2027,教育界,,委员,达州职业技术学院,教授,职业教育；技能培训",
                existing + ",,,,,第五届,2022,2027,经济界,经济委员会,常委,,,");

        Api.Response imported = api.as(fixtures.staff(MemberFixtures.DISTRICT)).upload("/api/v1/members/import?committee=" + committee,
                "file", "members.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("opened").asInt()).isEqualTo(1);
        assertThat(imported.json().get("linked").asInt()).isEqualTo(1);
        assertThat(accounts.findByUsername(first)).isPresent();
    }
}
