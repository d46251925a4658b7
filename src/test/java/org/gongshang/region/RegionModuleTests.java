package org.gongshang.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongshang.shared.AuditRecord;
import org.gongshang.support.ModuleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;

/** The region module alone: each act is audited, once, in its transaction. */
@ModuleTest
class RegionModuleTests {

    @Autowired
    RegionMaintenance maintenance;

    @Autowired
    OrganizationRegistration registration;

    @Autowired
    Regions regions;

    @Test
    void addingACityIsAuditedWithItsName(Scenario scenario) {
        scenario.stimulate(() -> maintenance.add(new NewRegion("513200", "阿坝州", RegionLevel.CITY, null), 42L))
                .andWaitForEventOfType(AuditRecord.class)
                .matching(record -> record.action().equals("region.added"))
                .toArriveAndVerify(record -> {
                    assertThat(record.subjectId()).isEqualTo("513200");
                    assertThat(record.actorId()).isEqualTo(42L);
                    assertThat(record.details()).containsEntry("name", "阿坝州");
                });
    }

    @Test
    void deactivatingARegionIsOneAuditRecordThoughEverythingBelowFollows(Scenario scenario) {
        maintenance.add(new NewRegion("513300", "甘孜州", RegionLevel.CITY, null), null);
        maintenance.add(new NewRegion("513301", "康定市", RegionLevel.DISTRICT, "513300"), null);

        scenario.stimulate(() -> maintenance.deactivate("513300", 42L))
                .andWaitForStateChange(() -> regions.get("513301").active(), active -> !active)
                .andVerifyEvents(events -> assertThat(events.ofType(AuditRecord.class)
                        .matching(record -> record.action().equals("region.deactivated")))
                        .extracting(AuditRecord::subjectId).containsExactly("513300"));
    }

    @Test
    void registeringAnOrganizationIsAuditedUnderItsNewId(Scenario scenario) {
        maintenance.add(new NewRegion("513400", "凉山州", RegionLevel.CITY, null), null);

        scenario.stimulate(() -> registration.register(
                        new OrganizationDetails("凉山州政协", OrganizationType.CPPCC, "513400", null), 42L))
                .andWaitForEventOfType(AuditRecord.class)
                .matching(record -> record.action().equals("organization.added"))
                .toArriveAndVerify((record, organization) ->
                        assertThat(record.subjectId()).isEqualTo(String.valueOf(organization.id())));
    }
}
