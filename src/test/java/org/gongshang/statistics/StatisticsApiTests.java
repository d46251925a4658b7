package org.gongshang.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.gongshang.identity.Role;
import org.gongshang.quality.ConcludedConsultations;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard's API over real HTTP: a consultation concluded in 通川区 is counted for the city and the
 * district, not shown to another district; who is refused; hostile filters answered with problem details.
 */
@GongshangTest
class StatisticsApiTests {

    @Autowired
    Api api;
    @Autowired
    People people;
    @Autowired
    ApplicationContext context;

    @Test
    void aConcludedConsultationIsCountedForItsDistrictAndTheCityButNotAnotherDistrict() {
        var staff = people.withRole(Role.STAFF, "通川区政协");
        Api.Caller district = api.as(staff);
        long before = offlineMicro(district.get("/api/v1/statistics/sections/consultation-forms?district=511702"));
        new ConcludedConsultations(context).concluded(staff, 1);

        assertThat(offlineMicro(district.get("/api/v1/statistics/sections/consultation-forms?district=511702")))
                .isEqualTo(before + 1);
        Api.Caller city = api.as(people.withRole(Role.STAFF, "达州市政协"));
        JsonNode all = ok(city.get("/api/v1/statistics/sections"));
        assertThat(all.valueStream().map(s -> s.get("key").asString())).contains("consultation-forms", "quality-grades");
        assertThat(ok(city.get("/api/v1/statistics/sections/quality-grades")).get("rows").valueStream()
                .map(r -> r.get("label").asString())).contains("通川区");
        JsonNode other = ok(api.as(people.withRole(Role.STAFF, "达川区政协")).get("/api/v1/statistics/sections/quality-grades"));
        assertThat(other.get("rows").valueStream().map(r -> r.get("label").asString())).doesNotContain("通川区");
    }

    @Test
    void residentsStrangersAndOtherDistrictsAreRefused() {
        assertThat(api.anonymous().get("/api/v1/statistics/sections").status()).isEqualTo(401);
        Api.Response resident = api.as(people.resident()).get("/api/v1/statistics/sections");
        assertThat(resident.status()).isEqualTo(403);
        assertThat(resident.contentType()).startsWith("application/problem+json");
        Api.Caller tongchuan = api.as(people.withRole(Role.STAFF, "通川区政协"));
        assertThat(tongchuan.get("/api/v1/statistics/sections?district=511703").status()).isEqualTo(403);
        assertThat(tongchuan.get("/api/v1/statistics/sections/quality-grades?district=511703").status()).isEqualTo(403);
        assertThat(api.as(people.resident()).get("/api/v1/statistics/sections/quality-grades").status()).isEqualTo(403);
    }

    @Test
    void hostileFiltersAreProblemsNeverServerErrors() {
        Api.Caller city = api.as(people.withRole(Role.STAFF, "达州市政协"));
        List<Api.Response> responses = List.of(
                city.get("/api/v1/statistics/sections?year=abc"),
                city.get("/api/v1/statistics/sections?year=1e9"),
                city.get("/api/v1/statistics/sections?year=99999999999999"),
                city.get("/api/v1/statistics/sections?year=99999"),
                city.get("/api/v1/statistics/sections?year=-1"),
                city.get("/api/v1/statistics/sections?district=999999"),
                city.get("/api/v1/statistics/sections?district=511702001001"),
                city.get("/api/v1/statistics/sections?district=51%00702"),
                city.get("/api/v1/statistics/sections?district=" + "5".repeat(5000)),
                city.get("/api/v1/statistics/sections/no-such-section"));
        assertThat(responses).allSatisfy(response -> {
            assertThat(response.status()).as(response.toString()).isBetween(400, 499);
            assertThat(response.contentType()).as(response.toString()).startsWith("application/problem+json");
        });
        assertThat(responses.get(9).status()).isEqualTo(404);
    }

    private static long offlineMicro(Api.Response response) {
        return ok(response).get("rows").valueStream().filter(row -> row.get("label").asString().equals("政协小微协商"))
                .mapToLong(row -> row.get("values").get(0).asLong()).sum();
    }

    private static JsonNode ok(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
