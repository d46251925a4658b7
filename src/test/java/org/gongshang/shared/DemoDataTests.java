package org.gongshang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo data the README promises. */
@GongshangTest
class DemoDataTests {

    @Autowired
    Api api;

    @Autowired
    Regions regions;

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "admin, ADMIN, ",
            "staff, STAFF, 511700",
            "staff-tc, STAFF, 511702",
            "member, MEMBER, 511700",
            "cadre, CADRE, 511702001001",
            "dept, DEPARTMENT, 511700",
            "reviewer, REVIEWER, 511700",
            "resident, RESIDENT, 511702001001"})
    void demoAccountsLogInWithTheDemoPassword(String username, String role, String region) {
        var token = api.anonymous().post("/api/v1/auth/token", "{\"username\":\"%s\",\"password\":\"gongshang-demo\"}".formatted(username));
        assertThat(token.status()).as(token.toString()).isEqualTo(200);

        var me = api.withToken(token.json().get("accessToken").asString()).get("/api/v1/me").json();
        assertThat(me.get("roles").get(0).asString()).isEqualTo(role);
        if (region != null) {
            assertThat(me.get("grants").get(0).get("regionCode").asString()).isEqualTo(region);
        }
        assertThat(me.get("mustChangePassword").asBoolean()).isFalse();
    }

    @Test
    void theDemoResidentIsARealNameResidentOfACommunityInTongchuan() {
        var token = api.anonymous().post("/api/v1/auth/token", "{\"username\":\"resident\",\"password\":\"gongshang-demo\"}");
        var me = api.withToken(token.json().get("accessToken").asString()).get("/api/v1/me").json();

        assertThat(me.get("realNameVerified").asBoolean()).isTrue();
        assertThat(me.get("maskedIdNumber").asString()).matches("511702\\*{8}[0-9X]{4}");
        assertThat(regions.isWithin(me.get("residenceRegionCode").asString(), "511702")).isTrue();
    }

    @Test
    void tongchuanAndDachuanHaveStreetsWithCommunitiesWithGrids() {
        for (String district : new String[] {"511702", "511703"}) {
            var townships = regions.children(district);
            assertThat(townships).hasSizeGreaterThanOrEqualTo(2);
            for (var township : townships) {
                var communities = regions.children(township.code());
                assertThat(communities).hasSizeGreaterThanOrEqualTo(2)
                        .allMatch(community -> community.level() == RegionLevel.COMMUNITY);
                communities.forEach(community -> assertThat(regions.children(community.code()))
                        .isNotEmpty().allMatch(grid -> grid.level() == RegionLevel.GRID));
            }
        }
    }
}
