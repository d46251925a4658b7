package org.gongshang.quality;

import java.util.function.UnaryOperator;

import org.gongshang.identity.Actor;
import org.gongshang.quality.internal.IndicatorSetAggregate;
import org.gongshang.quality.internal.IndicatorSetProvision;
import org.gongshang.quality.internal.IndicatorSetRepository;
import org.gongshang.quality.internal.QualityAccess;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff keeping a committee's indicators for a year: the set starts from the configured defaults, and
 * indicators are added, changed and removed. Each change is audited, and the open evaluations scored
 * by the set are computed again ({@link IndicatorSetChanged}).
 */
@Service
public class IndicatorSetEditing {

    /** The years a set may be kept for: consultations are not planned further ahead. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final IndicatorSetRepository sets;
    private final IndicatorSetProvision provision;
    private final Organizations organizations;
    private final QualityAccess access;
    private final ApplicationEventPublisher events;

    IndicatorSetEditing(IndicatorSetRepository sets, IndicatorSetProvision provision, Organizations organizations,
            QualityAccess access, ApplicationEventPublisher events) {
        this.sets = sets;
        this.provision = provision;
        this.organizations = organizations;
        this.access = access;
        this.events = events;
    }

    /**
     * The organisation's set of the year, made from the defaults when it has none yet.
     *
     * @throws DomainException NOT_FOUND for an unknown organisation, FORBIDDEN outside the staff's
     *     region, INVALID for a year out of range
     */
    @Transactional
    public IndicatorSet open(long organizationId, int year, Actor actor) {
        Organization organization = organizations.find(organizationId)
                .orElseThrow(() -> DomainException.notFound("quality.organization.unknown", organizationId));
        access.requireStaffIn(actor, organization.regionCode());
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw DomainException.invalidField("year", "quality.indicator-set.year-range", FIRST_YEAR, LAST_YEAR);
        }
        return provision.forOrganization(organizationId, organization.regionCode(), year).view();
    }

    @Transactional
    public IndicatorSet add(long setId, IndicatorDraft draft, Actor actor) {
        return change(setId, actor, "quality.indicator-added", set -> set.adding(draft));
    }

    @Transactional
    public IndicatorSet change(long setId, int position, IndicatorDraft draft, Actor actor) {
        return change(setId, actor, "quality.indicator-changed", set -> set.changing(position, draft));
    }

    @Transactional
    public IndicatorSet remove(long setId, int position, Actor actor) {
        return change(setId, actor, "quality.indicator-removed", set -> set.removing(position));
    }

    private IndicatorSet change(long setId, Actor actor, String action, UnaryOperator<IndicatorSetAggregate> change) {
        IndicatorSetAggregate set = sets.findById(setId)
                .orElseThrow(() -> DomainException.notFound("quality.indicator-set.unknown", setId));
        access.requireStaffIn(actor, set.regionCode());
        IndicatorSetAggregate saved = sets.save(change.apply(set));
        events.publishEvent(AuditRecord.of(action, actor.accountId(), "quality-indicator-set", setId)
                .with("indicators", saved.indicators().size()));
        events.publishEvent(new IndicatorSetChanged(setId, saved.organizationId(), saved.year()));
        return saved.view();
    }
}
