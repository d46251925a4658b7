package org.gongshang.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.shared.DomainException;
import org.gongshang.support.GongshangTest;
import org.gongshang.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The member figures of the dashboard on the demo data: duty points per committee from the yearly
 * tallies, coverage per district; the city sees its districts, a district its own, others are refused.
 */
@GongshangTest
class MemberStatisticsTests {

    @Autowired
    MemberStatistics statistics;
    @Autowired
    People people;
    @Autowired
    Actors actors;

    @Test
    void theCitySeesEveryCommitteesPointsAndADistrictOnlyItsOwn() {
        Actor city = actors.of(people.withRole(Role.STAFF, "达州市政协").id());
        assertThat(statistics.dutyPoints(null, null, city)).extracting(MemberStatistics.CommitteePoints::committeeName)
                .contains("达州市政协", "通川区政协");
        Actor tongchuan = actors.of(people.withRole(Role.STAFF, "通川区政协").id());
        assertThat(statistics.dutyPoints(null, null, tongchuan)).extracting(MemberStatistics.CommitteePoints::districtCode)
                .containsOnly("511702");
        assertThat(statistics.coverage(null, city)).extracting(Coverage.District::code).contains("511702", "511703");
        assertThat(statistics.coverage(null, tongchuan)).extracting(Coverage.District::code).containsExactly("511702");
    }

    @Test
    void residentsMembersAndOtherDistrictsAreRefused() {
        Actor tongchuan = actors.of(people.withRole(Role.STAFF, "通川区政协").id());
        assertThatThrownBy(() -> statistics.coverage("511703", tongchuan))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> statistics.dutyPoints(null, "511703", tongchuan))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        Actor member = actors.of(people.withRole(Role.MEMBER, "达州市政协").id());
        assertThatThrownBy(() -> statistics.dutyPoints(null, null, member))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        Actor resident = actors.of(people.resident().id());
        assertThatThrownBy(() -> statistics.coverage(null, resident)).isInstanceOf(DomainException.class);
    }
}
