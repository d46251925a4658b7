package org.gongshang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@GongshangTest
class AdminAccountApiTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> adminEndpoints() {
        return Stream.of(
                Arguments.of("GET", "/api/v1/admin/accounts"),
                Arguments.of("GET", "/api/v1/admin/accounts/1"),
                Arguments.of("POST", "/api/v1/admin/accounts"),
                Arguments.of("POST", "/api/v1/admin/accounts/1/roles"),
                Arguments.of("DELETE", "/api/v1/admin/accounts/1/roles/1"),
                Arguments.of("POST", "/api/v1/admin/accounts/1/disable"),
                Arguments.of("POST", "/api/v1/admin/accounts/1/enable"),
                Arguments.of("POST", "/api/v1/admin/accounts/1/unlock"),
                Arguments.of("POST", "/api/v1/admin/accounts/1/reveal"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("adminEndpoints")
    void anonymousCallersGet401AndResidentsAndMembers403(String method, String path) {
        assertThat(call(api.anonymous(), method, path).status()).isEqualTo(401);
        assertThat(call(api.as(people.resident()), method, path).status()).isEqualTo(403);
        assertThat(call(api.as(people.withRole(Role.MEMBER, "达州市政协")), method, path).status()).isEqualTo(403);
    }

    @Test
    void onlyAnAdminMaySeeFullPersonalDataAndEveryViewIsAudited() {
        var resident = people.resident();
        var admin = api.as(people.admin());
        var staff = api.as(people.withRole(Role.STAFF, "达州市政协"));

        var withoutReason = admin.post("/api/v1/admin/accounts/%d/reveal".formatted(resident.id()), "{\"field\":\"PHONE\"}");
        var byStaff = staff.post("/api/v1/admin/accounts/%d/reveal".formatted(resident.id()), "{\"field\":\"PHONE\",\"reason\":\"核实身份\"}");
        var byAdmin = admin.post("/api/v1/admin/accounts/%d/reveal".formatted(resident.id()), "{\"field\":\"PHONE\",\"reason\":\"核实身份\"}");

        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(byStaff.status()).isEqualTo(403);
        assertThat(byAdmin.status()).isEqualTo(200);
        assertThat(byAdmin.json().get("value").asString()).isEqualTo(resident.phone());
    }

    @Test
    void staffOpenAccountsForMembersWhoMustChangeTheInitialPassword() {
        var staff = api.as(people.withRole(Role.STAFF, "达州市政协"));
        long committee = organization("达州市政协");
        String username = "member" + System.nanoTime() % 1_000_000_000;

        var created = staff.post("/api/v1/admin/accounts", """
                {"username":"%s","realName":"李委员","phone":"%s","role":"MEMBER","organizationId":%d}"""
                .formatted(username, People.phone(), committee));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String initial = created.json().get("initialPassword").asString();
        assertThat(created.json().get("account").get("mustChangePassword").asBoolean()).isTrue();

        var member = api.anonymous().post("/api/v1/auth/token", "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, initial));
        var asMember = api.withToken(member.json().get("accessToken").asString());
        assertThat(asMember.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(asMember.get("/api/v1/regions/511700/children").status()).isEqualTo(403);

        assertThat(asMember.post("/api/v1/me/password", "{\"currentPassword\":\"%s\",\"newPassword\":\"My-own-2026\"}"
                .formatted(initial)).status()).isEqualTo(204);
        // The change revoked every token of the account, the one that made it included.
        assertThat(asMember.get("/api/v1/me").status()).isEqualTo(401);
        var renewed = api.anonymous().post("/api/v1/auth/token", "{\"username\":\"%s\",\"password\":\"My-own-2026\"}".formatted(username));
        assertThat(api.withToken(renewed.json().get("accessToken").asString()).get("/api/v1/regions/511700/children").status())
                .isEqualTo(200);
    }

    @Test
    void staffOfADistrictManageOnlyTheirDistrict() {
        var tongchuanStaff = api.as(people.withRole(Role.STAFF, "通川区政协"));
        var dachuanMember = people.withRole(Role.MEMBER, "达川区政协");
        var tongchuanMember = people.withRole(Role.MEMBER, "通川区政协");

        assertThat(tongchuanStaff.get("/api/v1/admin/accounts/" + tongchuanMember.id()).status()).isEqualTo(200);
        assertThat(tongchuanStaff.get("/api/v1/admin/accounts/" + dachuanMember.id()).status()).isEqualTo(404);
        assertThat(tongchuanStaff.post("/api/v1/admin/accounts/%d/disable".formatted(dachuanMember.id())).status()).isEqualTo(403);

        var elsewhere = tongchuanStaff.post("/api/v1/admin/accounts", """
                {"username":"x%d","realName":"赵委员","role":"MEMBER","organizationId":%d}"""
                .formatted(System.nanoTime() % 1_000_000, organization("达川区政协")));
        assertThat(elsewhere.status()).isEqualTo(403);

        var list = tongchuanStaff.get("/api/v1/admin/accounts?size=200").json();
        assertThat(list.valueStream().map(a -> a.get("id").asLong())).contains(tongchuanMember.id())
                .doesNotContain(dachuanMember.id());
    }

    @Test
    void staffCannotMakeAdmins() {
        var staff = api.as(people.withRole(Role.STAFF, "达州市政协"));
        var member = people.withRole(Role.MEMBER, "达州市政协");

        assertThat(staff.post("/api/v1/admin/accounts/%d/roles".formatted(member.id()), "{\"role\":\"ADMIN\"}").status())
                .isEqualTo(403);
    }

    @Test
    void aDisabledAccountIsSignedOutAtOnce() {
        var admin = api.as(people.admin());
        var resident = people.resident();
        var session = api.as(resident);

        assertThat(admin.post("/api/v1/admin/accounts/%d/disable".formatted(resident.id())).status()).isEqualTo(200);

        assertThat(session.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void rolesMustFitTheKindOfOrganization() {
        var admin = api.as(people.admin());
        var resident = people.resident();

        var wrongKind = admin.post("/api/v1/admin/accounts/%d/roles".formatted(resident.id()),
                "{\"role\":\"DEPARTMENT\",\"organizationId\":%d}".formatted(organization("达州市政协")));
        var right = admin.post("/api/v1/admin/accounts/%d/roles".formatted(resident.id()),
                "{\"role\":\"DEPARTMENT\",\"organizationId\":%d}".formatted(organization("市住房和城乡建设局")));
        var twice = admin.post("/api/v1/admin/accounts/%d/roles".formatted(resident.id()),
                "{\"role\":\"DEPARTMENT\",\"organizationId\":%d}".formatted(organization("市住房和城乡建设局")));

        assertThat(wrongKind.status()).isEqualTo(400);
        assertThat(right.status()).isEqualTo(201);
        assertThat(twice.status()).isEqualTo(409);
    }

    private long organization(String name) {
        return jdbc.sql("select id from organization where name = :name").param("name", name).query(Long.class).single();
    }

    private static Api.Response call(Api.Caller caller, String method, String path) {
        return switch (method) {
            case "GET" -> caller.get(path);
            case "DELETE" -> caller.delete(path);
            default -> caller.post(path, "{}");
        };
    }
}
