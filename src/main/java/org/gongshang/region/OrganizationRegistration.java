package org.gongshang.region;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gongshang.region.internal.OrganizationAggregate;
import org.gongshang.region.internal.OrganizationRepository;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins registering the organisations that act in regions, changing them, deactivating and
 * reactivating them. Each act is audited in its own transaction.
 */
@Service
public class OrganizationRegistration {

    private final OrganizationRepository repository;
    private final Regions regions;
    private final ApplicationEventPublisher events;

    OrganizationRegistration(OrganizationRepository repository, Regions regions, ApplicationEventPublisher events) {
        this.repository = repository;
        this.regions = regions;
        this.events = events;
    }

    /** @throws DomainException INVALID with a problem per field */
    @Transactional
    public Organization register(OrganizationDetails details, @Nullable Long actorId) {
        OrganizationAggregate added = repository.save(OrganizationAggregate.register(details, surroundingProblems(null, details)));
        events.publishEvent(AuditRecord.of("organization.added", actorId, "organization", added.id()).with("name", added.name()));
        return added.view();
    }

    /** @throws DomainException NOT_FOUND for an unknown id, INVALID with a problem per field */
    @Transactional
    public Organization change(long id, OrganizationDetails details, @Nullable Long actorId) {
        OrganizationAggregate organization = load(id);
        OrganizationAggregate changed = repository.save(organization.changedTo(details, surroundingProblems(id, details)));
        events.publishEvent(AuditRecord.of("organization.changed", actorId, "organization", id).with("name", changed.name()));
        return changed.view();
    }

    @Transactional
    public Organization deactivate(long id, @Nullable Long actorId) {
        OrganizationAggregate deactivated = repository.save(load(id).deactivated());
        events.publishEvent(AuditRecord.of("organization.deactivated", actorId, "organization", id));
        return deactivated.view();
    }

    @Transactional
    public Organization reactivate(long id, @Nullable Long actorId) {
        OrganizationAggregate reactivated = repository.save(load(id).reactivated());
        events.publishEvent(AuditRecord.of("organization.reactivated", actorId, "organization", id));
        return reactivated.view();
    }

    private OrganizationAggregate load(long id) {
        return repository.findById(id).orElseThrow(() -> DomainException.notFound("organization.unknown", id));
    }

    /** What the organisation's surroundings say: its region exists, its name is free there, its parent exists and is not below it. */
    private List<FieldProblem> surroundingProblems(@Nullable Long self, OrganizationDetails details) {
        List<FieldProblem> problems = new ArrayList<>();
        if (regions.find(details.regionCode()).isEmpty()) {
            problems.add(new FieldProblem("regionCode", "region.unknown", details.regionCode()));
        } else {
            repository.findByNameAndRegionCode(details.name(), details.regionCode())
                    .filter(other -> self == null || !other.id().equals(self))
                    .ifPresent(other -> problems.add(new FieldProblem("name", "organization.name.taken", details.name())));
        }
        Long parentId = details.parentId();
        if (parentId != null && !parentId.equals(self) && !repository.existsById(parentId)) {
            problems.add(new FieldProblem("parentId", "organization.parent.unknown", parentId));
        } else if (parentId != null && self != null && !parentId.equals(self) && isBelow(parentId, self)) {
            problems.add(new FieldProblem("parentId", "organization.parent.cycle"));
        }
        return problems;
    }

    /** Whether {@code candidate} lies below {@code ancestor} in the organisation tree. */
    private boolean isBelow(long candidate, long ancestor) {
        Set<Long> seen = new HashSet<>();
        for (Long at = candidate; at != null && seen.add(at); at = repository.findById(at).map(OrganizationAggregate::parentId).orElse(null)) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }
}
