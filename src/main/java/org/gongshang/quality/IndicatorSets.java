package org.gongshang.quality;

import java.util.Comparator;
import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.quality.internal.IndicatorSetAggregate;
import org.gongshang.quality.internal.IndicatorSetRepository;
import org.gongshang.quality.internal.QualityAccess;
import org.gongshang.region.Organization;
import org.gongshang.region.OrganizationType;
import org.gongshang.region.Organizations;
import org.gongshang.shared.DomainException;
import org.springframework.stereotype.Service;

/** The indicator sets as staff read them: per organising committee (or grassroots organisation) and year. */
@Service
public class IndicatorSets {

    private final IndicatorSetRepository sets;
    private final Organizations organizations;
    private final QualityAccess access;

    IndicatorSets(IndicatorSetRepository sets, Organizations organizations, QualityAccess access) {
        this.sets = sets;
        this.organizations = organizations;
        this.access = access;
    }

    /** @throws DomainException NOT_FOUND for an unknown set, FORBIDDEN outside the staff's region */
    public IndicatorSet get(long id, Actor actor) {
        IndicatorSet set = sets.findById(id).map(IndicatorSetAggregate::view)
                .orElseThrow(() -> DomainException.notFound("quality.indicator-set.unknown", id));
        access.requireStaffIn(actor, set.regionCode());
        return set;
    }

    /** The sets of the organisations whose region the actor is staff of, newest year first. */
    public List<IndicatorSet> list(Actor actor) {
        return sets.findAll().stream().map(IndicatorSetAggregate::view)
                .filter(set -> access.mayManage(actor, set.regionCode()))
                .sorted(Comparator.comparingInt(IndicatorSet::year).reversed()
                        .thenComparingLong(IndicatorSet::organizationId))
                .toList();
    }

    /** The organisations staff may keep a set for: CPPCC committees and grassroots organisers in their regions. */
    public List<Organization> organizations(Actor actor) {
        return organizations.list(null, null).stream()
                .filter(o -> o.type() == OrganizationType.CPPCC || o.type().isGrassroots())
                .filter(o -> access.mayManage(actor, o.regionCode()))
                .toList();
    }

    public String organizationName(long organizationId) {
        return organizations.find(organizationId).map(Organization::name).orElse("#" + organizationId);
    }
}
