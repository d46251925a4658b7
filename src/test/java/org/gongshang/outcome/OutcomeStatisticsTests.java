package org.gongshang.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongshang.outcome.OutcomeFixtures.ok;

import java.time.LocalDate;
import java.time.LocalTime;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.shared.DomainException;
import org.gongshang.support.Api;
import org.gongshang.support.GongshangTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The outcome roll-ups behind the dashboard, driven through the API: a transfer, then the department
 * handling it (overdue once its deadline passed), a late reply graded A; who may read which district.
 */
@GongshangTest
class OutcomeStatisticsTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    OutcomeStatistics statistics;
    @Autowired
    Actors actors;

    OutcomeFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new OutcomeFixtures(context);
    }

    @AfterEach
    void resetClock() {
        fixtures.clock.reset();
    }

    @Test
    void aTransferAndALateReplyAreCountedForTheLeadDepartment() {
        OutcomeFixtures.Consultation consultation = fixtures.concludedConsultation(1, "小区消防通道施划禁停标线");
        long id = fixtures.draftsOf(consultation.id(), 1).getFirst().id();
        String path = "/api/v1/recommendations/" + id;
        Api.Caller staff = fixtures.api.as(consultation.organiser());
        Api.Caller lead = fixtures.api.as(fixtures.department(OutcomeFixtures.HOUSING));
        long housing = fixtures.organization(OutcomeFixtures.HOUSING);
        Actor viewer = actors.of(consultation.organiser().id());
        fixtures.setToday(LocalDate.of(2026, 9, 29), LocalTime.of(10, 0));
        DepartmentFigures before = figures(housing, viewer);

        ok(staff.post(path + "/sign-off"));
        ok(staff.post(path + "/transfer", "{\"leadOrganizationId\":%d,\"coOrganizationIds\":[],\"workingDays\":5}".formatted(housing)));
        DepartmentFigures transferred = figures(housing, viewer);
        assertThat(transferred.transferred()).isEqualTo(before.transferred() + 1);
        assertThat(transferred.handlingNow()).isEqualTo(before.handlingNow() + 1);

        ok(lead.post(path + "/accept"));
        fixtures.setToday(LocalDate.of(2026, 10, 20), LocalTime.of(10, 0));
        long overdue = figures(housing, viewer).overdueNow();
        assertThat(overdue).isPositive();
        ok(lead.post(path + "/reply", "{\"grade\":\"A\",\"text\":\"禁停标线已施划完成。\"}"));

        DepartmentFigures replied = figures(housing, viewer);
        assertThat(replied.repliedLate()).isEqualTo(before.repliedLate() + 1);
        assertThat(replied.repliedOnTime()).isEqualTo(before.repliedOnTime());
        assertThat(replied.solved()).isEqualTo(before.solved() + 1);
        assertThat(replied.handlingNow()).isEqualTo(before.handlingNow());
        assertThat(replied.overdueNow()).isEqualTo(overdue - 1);
    }

    @Test
    void residentsAndOtherDistrictsAreRefused() {
        Actor tongchuan = actors.of(fixtures.districtStaff().id());
        assertThatThrownBy(() -> statistics.departments(null, "511703", tongchuan))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        Actor resident = actors.of(fixtures.people.resident().id());
        assertThatThrownBy(() -> statistics.departments(null, null, resident))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        Actor department = actors.of(fixtures.department(OutcomeFixtures.HOUSING).id());
        assertThatThrownBy(() -> statistics.departments(null, null, department)).isInstanceOf(DomainException.class);
        assertThat(statistics.departments(null, OutcomeFixtures.TONGCHUAN, tongchuan)).isNotNull();
    }

    private DepartmentFigures figures(long organization, Actor viewer) {
        return statistics.departments(null, OutcomeFixtures.TONGCHUAN, viewer).stream()
                .filter(figures -> figures.organizationId() == organization).findFirst()
                .orElse(new DepartmentFigures(organization, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }
}
