package org.gongshang.region.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.gongshang.region.NewRegion;
import org.gongshang.region.OrganizationDetails;
import org.gongshang.region.OrganizationType;
import org.gongshang.region.RegionLevel;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.junit.jupiter.api.Test;

/** The rules of the division tree and of organisations, without Spring or a database. */
class RegionAggregateTests {

    static final RegionAggregate CITY = RegionAggregate.add(new NewRegion("511700", "达州市", RegionLevel.CITY, null), null);
    static final RegionAggregate DISTRICT = RegionAggregate.add(new NewRegion("511702", "通川区", RegionLevel.DISTRICT, "511700"), CITY);

    @Test
    void aRegionBelowItsParentContinuesTheParentsPath() {
        RegionAggregate street = RegionAggregate.add(new NewRegion(" 511702001000 ", " 东城街道 ", RegionLevel.TOWNSHIP, "511702"), DISTRICT);

        assertThat(street.path()).isEqualTo("/511700/511702/511702001000/");
        assertThat(street.name()).isEqualTo("东城街道");
        assertThat(street.active()).isTrue();
    }

    @Test
    void aCodeWithoutItsParentsLeadingDigitsIsRefusedAtTheCode() {
        assertThatThrownBy(() -> RegionAggregate.add(new NewRegion("511799001000", "错号街道", RegionLevel.TOWNSHIP, "511702"), DISTRICT))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(tuple("code", "region.code.prefix")));
    }

    @Test
    void onlyTheLevelDirectlyBelowTheParentMayBeAdded() {
        List<FieldProblem> problems = RegionAggregate.problemsOf(
                new NewRegion("511702001001", "跳级社区", RegionLevel.COMMUNITY, "511702"), code -> DISTRICT.view());

        assertThat(problems).extracting(FieldProblem::messageKey).containsExactly("region.level.order");
    }

    @Test
    void everyRegionButACityNeedsAParent() {
        assertThat(RegionAggregate.problemsOf(new NewRegion("511703", "达川区", RegionLevel.DISTRICT, " "), code -> null))
                .extracting(FieldProblem::messageKey).containsExactly("region.parent.required");
    }

    @Test
    void aBlankOrOverlongNameIsRefused() {
        assertThatThrownBy(() -> DISTRICT.renamedTo("  ")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> DISTRICT.renamedTo("区".repeat(61))).isInstanceOf(DomainException.class);
        assertThat(DISTRICT.renamedTo(" 通川区（新） ").name()).isEqualTo("通川区（新）");
    }

    @Test
    void aRegionComesBackOnlyWhileItsParentIsActive() {
        RegionAggregate inactiveCity = CITY.deactivated();
        RegionAggregate inactiveDistrict = DISTRICT.deactivated();

        assertThatThrownBy(() -> inactiveDistrict.reactivatedBelow(inactiveCity))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.messageKey()).isEqualTo("region.parent.inactive");
                });
        assertThat(inactiveDistrict.reactivatedBelow(CITY).active()).isTrue();
    }

    @Test
    void anOrganizationNeedsANameAndATypeAndCannotBeItsOwnParent() {
        assertThatThrownBy(() -> OrganizationAggregate.register(new OrganizationDetails(" ", null, "511702", null), List.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::field).containsExactly("name", "type"));

        OrganizationAggregate saved = new OrganizationAggregate(7L, "通川区政协", OrganizationType.CPPCC, "511702", null, true, 0L);
        assertThatThrownBy(() -> saved.changedTo(new OrganizationDetails("通川区政协", OrganizationType.CPPCC, "511702", 7L), List.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::field).containsExactly("parentId"));
    }

    @Test
    void whatTheRegistrationFoundAroundIsRefusedWithTheOrganizationsOwnProblems() {
        assertThatThrownBy(() -> OrganizationAggregate.register(new OrganizationDetails("某协会", null, "511799", null),
                        List.of(new FieldProblem("regionCode", "region.unknown", "511799"))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldProblems())
                        .extracting(FieldProblem::field).containsExactly("type", "regionCode"));
    }
}
