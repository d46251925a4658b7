package org.gongshang.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.gongshang.identity.Role;
import org.gongshang.region.Organizations;
import org.gongshang.shared.Zones;
import org.gongshang.support.Api;
import org.gongshang.support.Api.Caller;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff of 通川区 see the city's public recommendations but may not attach their follow-up records
 * or questionnaires to them (403, nothing written). City staff may link to the district's, which lies
 * within their scope; staff of another district may not, whichever department handles it.
 */
@GongshangTest
class LinkScopeTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    FollowUpFixtures fixtures;

    @Autowired
    Organizations organizations;

    @Autowired
    JdbcClient jdbc;

    @Test
    void districtStaffMayNotLinkARecordOrASurveyToACityRecommendation() {
        long city = publicRecommendation("511700", "市住房和城乡建设局");
        Caller district = api.as(fixtures.districtStaff());
        assertThat(district.get("/api/v1/recommendations/" + city).status()).as("public: they see it").isEqualTo(200);
        long records = count("followup_record_recommendation");
        long surveys = count("followup_survey");

        Api.Response record = district.post("/api/v1/follow-ups", visit(city, "511702"));
        assertThat(record.status()).as(record.toString()).isEqualTo(403);
        assertThat(record.contentType()).startsWith("application/problem+json");
        assertThat(record.json().get("code").asString()).isEqualTo("followup.link.recommendation-out-of-scope");
        assertThat(district.post("/api/v1/follow-ups", visit(city, null)).status()).isEqualTo(403);
        Api.Response survey = district.post("/api/v1/surveys", """
                {"title":"市级成果满意度","regionCode":"511702","recommendationId":%d,
                 "questions":[{"kind":"RATING","text":"打分","required":true}]}""".formatted(city));
        assertThat(survey.status()).as(survey.toString()).isEqualTo(403);
        Api.Response member = api.as(people.withRole(Role.MEMBER, "通川区政协")).post("/api/v1/follow-ups", visit(city, null));
        assertThat(member.status()).isEqualTo(403);

        assertThat(count("followup_record_recommendation")).as("nothing written").isEqualTo(records);
        assertThat(count("followup_survey")).isEqualTo(surveys);
    }

    @Test
    void theDistrictsOwnRecommendationIsLinkedByItsStaffAndTheCitysButNotByAnotherDistrict() {
        long own = publicRecommendation("511702", "市住房和城乡建设局");
        long records = count("followup_record_recommendation");
        assertThat(api.as(fixtures.districtStaff()).post("/api/v1/follow-ups", visit(own, null)).status()).isEqualTo(201);
        Api.Response byCity = api.as(people.withRole(Role.STAFF, "达州市政协")).post("/api/v1/follow-ups", visit(own, null));
        assertThat(byCity.status()).as("the district lies within the city's scope").isEqualTo(201);
        Api.Response byNeighbour = api.as(fixtures.otherDistrictStaff()).post("/api/v1/follow-ups", visit(own, null));
        assertThat(byNeighbour.status()).as("handled by a city department, still not 达川区's").isEqualTo(403);
        assertThat(byNeighbour.json().get("code").asString()).isEqualTo("followup.link.recommendation-out-of-scope");
        assertThat(count("followup_record_recommendation")).isEqualTo(records + 2);
    }

    /** A recommendation of the region entered by its staff, signed off and transferred to the department: public. */
    private long publicRecommendation(String regionCode, String department) {
        Person staff = people.withRole(Role.STAFF, regionCode.equals("511700") ? "达州市政协" : "通川区政协");
        Caller caller = api.as(staff);
        Api.Response created = caller.post("/api/v1/recommendations", """
                {"text":"全市统一规范老旧小区健身器材的维护责任。","regionCode":"%s","source":"MEMBER_SUGGESTION","isPublic":true}"""
                .formatted(regionCode));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(caller.post("/api/v1/recommendations/" + id + "/sign-off").status()).isEqualTo(200);
        long organization = organizations.list(null, null).stream().filter(o -> o.name().equals(department)).findFirst()
                .orElseThrow().id();
        Api.Response transferred = caller.post("/api/v1/recommendations/" + id + "/transfer",
                "{\"leadOrganizationId\":" + organization + "}");
        assertThat(transferred.status()).as(transferred.toString()).isEqualTo(200);
        return id;
    }

    private static String visit(long recommendationId, String regionCode) {
        return """
                {"kind":"UNANNOUNCED_VISIT","happenedOn":"%s",%s"place":"幸福小区健身广场",
                 "findings":"器材已更换。","recommendationIds":[%d]}"""
                .formatted(LocalDate.now(Zones.platform()), regionCode == null ? "" : "\"regionCode\":\"" + regionCode + "\",",
                        recommendationId);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
