package org.gongshang.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.quality.ConcludedConsultations;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.gongshang.support.People.Person;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The roll-up of who was present and who spoke: a consultation concluded through the API adds its
 * residents checked in to its month and district; who may read which district.
 */
@GongshangTest
class ConsultationStatisticsTests {

    @Autowired
    ConsultationStatistics statistics;
    @Autowired
    People people;
    @Autowired
    Actors actors;
    @Autowired
    ApplicationContext context;

    @Test
    void aConcludedConsultationAddsItsResidentsToItsMonth() {
        Person staff = people.withRole(Role.STAFF, "通川区政协");
        Actor viewer = actors.of(staff.id());
        int year = LocalDate.now(Zones.platform()).getYear();
        long before = residents(year, viewer);

        new ConcludedConsultations(context).concluded(staff, 3);

        assertThat(residents(year, viewer)).isEqualTo(before + 3);
        assertThat(statistics.voices(null, null, viewer)).anySatisfy(voices -> assertThat(voices.period()).isEqualTo("" + year));
    }

    @Test
    void residentsAndOtherDistrictsAreRefused() {
        Actor tongchuan = actors.of(people.withRole(Role.STAFF, "通川区政协").id());
        assertThatThrownBy(() -> statistics.voices(null, "511703", tongchuan))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        Actor resident = actors.of(people.resident().id());
        assertThatThrownBy(() -> statistics.voices(null, null, resident))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        Actor reviewer = actors.of(people.withRole(Role.REVIEWER, "中共达州市委").id());
        assertThat(statistics.voices(null, "511702", reviewer)).isNotNull();
    }

    private long residents(int year, Actor viewer) {
        String month = LocalDate.now(Zones.platform()).toString().substring(0, 7);
        return statistics.voices(year, "511702", viewer).stream()
                .filter(voices -> voices.period().equals(month) && voices.category() == ParticipantCategory.RESIDENT)
                .mapToLong(ConsultationStatistics.Voices::attendees).sum();
    }
}
