package org.gongshang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongshang.region.Organizations;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The attack: staff of a district disable a city member and strip the city role, because the member
 * lives in the district. Staff see such accounts, but act only on roles of their own region.
 */
@GongshangTest
class StaffScopeTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    Accounts accounts;

    @Autowired
    ProfileChange profiles;

    @Autowired
    RoleGrants roles;

    @Autowired
    Organizations organizations;

    @Test
    void districtStaffCannotDisableOrStripACityMemberWhoLivesInTheDistrict() {
        Person cityMember = people.withRole(Role.MEMBER, "达州市政协");
        profiles.update(cityMember.id(), null, People.COMMUNITY);
        long grant = accounts.get(cityMember.id()).grants().getFirst().id();
        var districtStaff = api.as(people.withRole(Role.STAFF, "通川区政协"));

        assertThat(districtStaff.get("/api/v1/admin/accounts/" + cityMember.id()).status()).isEqualTo(200);
        assertThat(districtStaff.post("/api/v1/admin/accounts/%d/disable".formatted(cityMember.id())).status()).isEqualTo(403);
        assertThat(districtStaff.delete("/api/v1/admin/accounts/%d/roles/%d".formatted(cityMember.id(), grant)).status())
                .isEqualTo(403);
        assertThat(districtStaff.post("/api/v1/admin/accounts/%d/unlock".formatted(cityMember.id())).status()).isEqualTo(403);

        var after = accounts.get(cityMember.id());
        assertThat(after.enabled()).isTrue();
        assertThat(after.roles()).containsExactly(Role.MEMBER);
    }

    @Test
    void withADistrictAndACityRoleDistrictStaffTakeBackOnlyTheirsAndCannotDisable() {
        Person member = people.withRole(Role.MEMBER, "达州市政协");
        profiles.update(member.id(), null, People.COMMUNITY);
        long district = organizations.list(null, null).stream().filter(o -> o.name().equals("通川区政协")).findFirst()
                .orElseThrow().id();
        Person staff = people.withRole(Role.STAFF, "通川区政协");
        var districtGrant = roles.grant(member.id(), Role.MEMBER, district, accounts.actor(staff.id()));
        long cityGrant = accounts.get(member.id()).grants().stream().filter(g -> g.id() != districtGrant.id()).findFirst()
                .orElseThrow().id();
        var districtStaff = api.as(staff);

        assertThat(districtStaff.post("/api/v1/admin/accounts/%d/disable".formatted(member.id())).status()).isEqualTo(403);
        assertThat(districtStaff.delete("/api/v1/admin/accounts/%d/roles/%d".formatted(member.id(), cityGrant)).status())
                .isEqualTo(403);
        assertThat(districtStaff.delete("/api/v1/admin/accounts/%d/roles/%d".formatted(member.id(), districtGrant.id())).status())
                .isEqualTo(204);
        assertThat(accounts.get(member.id()).grants()).extracting(RoleGrant::id).containsExactly(cityGrant);
    }

    @Test
    void districtStaffStillManageAccountsWhollyInTheirDistrict() {
        Person districtMember = people.withRole(Role.MEMBER, "通川区政协");
        var districtStaff = api.as(people.withRole(Role.STAFF, "通川区政协"));

        assertThat(districtStaff.post("/api/v1/admin/accounts/%d/disable".formatted(districtMember.id())).status()).isEqualTo(200);
        assertThat(accounts.get(districtMember.id()).enabled()).isFalse();
    }
}
