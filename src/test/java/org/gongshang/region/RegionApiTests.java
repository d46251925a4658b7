package org.gongshang.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GongshangTest
class RegionApiTests {

    @Autowired
    Api api;

    @Test
    void theCityIsPublicWithItsSevenCountyLevelDivisions() {
        var city = api.anonymous().get("/api/v1/regions/511700");
        assertThat(city.status()).isEqualTo(200);
        assertThat(city.json().get("name").asString()).isEqualTo("达州市");
        assertThat(city.json().get("level").asString()).isEqualTo("CITY");
        assertThat(city.json().has("parentCode")).isTrue();

        var children = api.anonymous().get("/api/v1/regions/511700/children").json();
        assertThat(children.valueStream().map(c -> c.get("code").asString()))
                .containsExactly("511702", "511703", "511722", "511723", "511724", "511725", "511781");
    }

    @Test
    void anUnknownRegionIsA404ProblemInTheCallersLanguage() {
        var missing = api.anonymous().inLanguage("en").get("/api/v1/regions/999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().get("detail").asString()).isEqualTo("There is no region with code 999999.");
    }

    @Test
    void organizationsAreFoundByTypeInARegionAndBelow() {
        var cppcc = api.anonymous().get("/api/v1/organizations?type=CPPCC&region=511702").json();
        assertThat(cppcc.valueStream().map(o -> o.get("name").asString())).contains("通川区政协", "通川区政协东城联络组")
                .doesNotContain("达州市政协");
        assertThat(cppcc.get(0).get("regionCode").asString()).startsWith("511702");
    }
}
