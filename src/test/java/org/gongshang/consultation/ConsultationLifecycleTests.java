package org.gongshang.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongshang.identity.Role;
import org.gongshang.region.Organizations;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;


import tools.jackson.databind.JsonNode;

/** Creating consultations, who may, and their status over the API; everyone invited hears of changes. */
@GongshangTest

class ConsultationLifecycleTests {

    @Autowired
    Api api;

    @Autowired
    People people;

    @Autowired
    Organizations organizations;

    @Autowired
    ConsultationEventLog events;

    @Autowired
    ConsultationFixtures fixtures;

    @Test
    void staffCreateACppccMicroConsultationWithTheUsualAgenda() {
        Api.Caller staff = api.as(fixtures.districtStaff());
        Api.Response created = staff.post("/api/v1/consultations",
                fixtures.createJson("背街小巷停车难", fixtures.organization("通川区政协"), "CPPCC_MICRO"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("status").asString()).isEqualTo("PREPARING");
        assertThat(body.get("regionCode").asString()).isEqualTo("511702");
        JsonNode agenda = fixtures.okJson(staff.get("/api/v1/consultations/" + body.get("id").asLong() + "/agenda"));
        assertThat(agenda).extracting(item -> item.get("kind").asString())
                .containsExactly("BRIEFING", "QUESTIONS", "ANSWERS", "DISCUSSION", "CONSENSUS");
    }

    @Test
    void cadresCreateGrassrootsConsultationsButNotCppccOnes() {
        Person cadre = people.withRole(Role.CADRE, "凤凰山社区居民委员会");
        long community = fixtures.organization("凤凰山社区居民委员会");
        Api.Response grassroots = api.as(cadre).post("/api/v1/consultations", fixtures.createJson("楼道堆物清理", community, "GRASSROOTS"));
        assertThat(grassroots.status()).as(grassroots.toString()).isEqualTo(201);
        Api.Response cppcc = api.as(cadre).post("/api/v1/consultations",
                fixtures.createJson("楼道堆物清理", fixtures.organization("通川区政协"), "CPPCC_MICRO"));
        assertThat(cppcc.status()).isEqualTo(403);
        Api.Response wrongKind = api.as(cadre).post("/api/v1/consultations", fixtures.createJson("楼道堆物清理", community, "CPPCC_MICRO"));
        assertThat(wrongKind.status()).isEqualTo(400);
        assertThat(wrongKind.json().get("errors").get(0).get("field").asString()).isEqualTo("organizationId");
    }

    @Test
    void residentsAndOtherRegionsStaffMayNotCreate() {
        long district = fixtures.organization("通川区政协");
        assertThat(api.as(people.resident()).post("/api/v1/consultations", fixtures.createJson("x", district, "CPPCC_MICRO")).status())
                .isEqualTo(403);
        assertThat(api.as(people.withRole(Role.STAFF, "达川区政协")).post("/api/v1/consultations",
                fixtures.createJson("x", district, "CPPCC_MICRO")).status()).isEqualTo(403);
        assertThat(api.anonymous().post("/api/v1/consultations", fixtures.createJson("x", district, "CPPCC_MICRO")).status())
                .isEqualTo(401);
    }

    @Test
    void missingFieldsAreNamed() {
        Api.Response response = api.as(fixtures.districtStaff()).post("/api/v1/consultations", "{\"form\":\"OFFLINE\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors")).extracting(e -> e.get("field").asString())
                .contains("title", "topicIds", "kind", "organizationId", "venueType", "address", "startsAt");
    }

    @Test
    void aPreparingConsultationIsHiddenFromOthersAndAScheduledOpenOneIsPublic() {
        Api.Caller staff = api.as(fixtures.districtStaff());
        long id = fixtures.create(staff);
        assertThat(api.anonymous().get("/api/v1/consultations/" + id).status()).isEqualTo(404);
        assertThat(api.as(people.withRole(Role.STAFF, "达川区政协")).get("/api/v1/consultations/" + id).status()).isEqualTo(404);
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/schedule"));
        assertThat(api.anonymous().get("/api/v1/consultations/" + id).status()).isEqualTo(200);
        assertThat(api.anonymous().get("/api/v1/consultations/" + id + "/participants").status()).isEqualTo(401);
        assertThat(api.as(people.resident()).get("/api/v1/consultations/" + id + "/participants").status()).isEqualTo(403);
    }

    @Test
    void schedulingInvitesAndPostponingAndCancellingTellEveryoneWithTheReason() {
        Api.Caller staff = api.as(fixtures.districtStaff());
        long id = fixtures.create(staff);
        Person resident = people.resident();
        Person declining = people.resident();
        fixtures.addAccount(staff, id, resident, "RESIDENT");
        fixtures.addAccount(staff, id, declining, "STAKEHOLDER");
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/schedule"));
        assertThat(events.stream(ParticipantsInvited.class).filter(e -> e.consultationId() == id))
                .singleElement().satisfies(e -> assertThat(e.accountIds()).containsExactlyInAnyOrder(resident.id(), declining.id()));
        fixtures.ok(api.as(declining).post("/api/v1/consultations/" + id + "/invitation", "{\"accept\":false}"));

        Api.Response noReason = staff.post("/api/v1/consultations/" + id + "/postpone", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/postpone", "{\"reason\":\"暴雨预警\"}"));
        assertThat(events.stream(ConsultationPostponed.class).filter(e -> e.consultationId() == id)).singleElement()
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo("暴雨预警");
                    assertThat(e.accountIds()).containsExactly(resident.id());
                });
        assertThat(staff.post("/api/v1/consultations/" + id + "/start").status()).isEqualTo(409);
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/reschedule",
                "{\"startsAt\":\"" + java.time.Instant.now().plus(java.time.Duration.ofDays(40)) + "\"}"));
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/cancel", "{\"reason\":\"已由街道解决\"}"));
        assertThat(events.stream(ConsultationCancelled.class).filter(e -> e.consultationId() == id)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("已由街道解决"));
        Api.Response afterCancel = staff.post("/api/v1/consultations/" + id + "/schedule");
        assertThat(afterCancel.status()).isEqualTo(409);
        assertThat(fixtures.okJson(staff.get("/api/v1/consultations/" + id)).get("statusReason").asString()).isEqualTo("已由街道解决");
    }

    @Test
    void residentsApplyToOpenConsultationsAndTheOrganiserAdmitsThem() {
        Api.Caller staff = api.as(fixtures.districtStaff());
        long id = fixtures.create(staff);
        Person resident = people.resident();
        assertThat(api.as(resident).post("/api/v1/consultations/" + id + "/applications").status()).isEqualTo(404);
        fixtures.ok(staff.post("/api/v1/consultations/" + id + "/schedule"));
        JsonNode applied = fixtures.okJson(api.as(resident).post("/api/v1/consultations/" + id + "/applications"));
        assertThat(applied.get("status").asString()).isEqualTo("APPLIED");
        assertThat(api.as(resident).post("/api/v1/consultations/" + id + "/applications").status()).isEqualTo(409);
        JsonNode admitted = fixtures.okJson(staff.post("/api/v1/consultations/" + id + "/participants/" + applied.get("id").asLong() + "/admit"));
        assertThat(admitted.get("status").asString()).isEqualTo("ADMITTED");
    }

    @Test
    void theCompositionRuleWarnsWhenResidentsAndStakeholdersAreFewerThanFortyPercent() {
        Api.Caller staff = api.as(fixtures.districtStaff());
        long id = fixtures.create(staff);
        fixtures.addNamed(staff, id, "李群众", "RESIDENT");
        fixtures.addNamed(staff, id, "陈委员", "MEMBER");
        fixtures.addNamed(staff, id, "赵干部", "CADRE");
        JsonNode composition = fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/composition"));
        assertThat(composition.get("met").asBoolean()).isFalse();
        JsonNode readiness = fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/readiness"));
        assertThat(readiness.get("checks")).anySatisfy(check -> {
            assertThat(check.get("key").asString()).isEqualTo("composition");
            assertThat(check.get("done").asBoolean()).isFalse();
        });
        fixtures.addNamed(staff, id, "王业主", "STAKEHOLDER");
        assertThat(fixtures.okJson(staff.get("/api/v1/consultations/" + id + "/composition")).get("met").asBoolean()).isTrue();
    }
}
