package org.gongshang.region;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongshang.region.internal.OrganizationStore;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.DomainException.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations by region and type, and the changes admins make. */
@Service
public class Organizations {

    static final int MAX_NAME = 100;

    private final OrganizationStore store;
    private final Regions regions;
    private final ApplicationEventPublisher events;

    Organizations(OrganizationStore store, Regions regions, ApplicationEventPublisher events) {
        this.store = store;
        this.regions = regions;
        this.events = events;
    }

    public Optional<Organization> find(long id) {
        return store.find(id);
    }

    /** @throws DomainException NOT_FOUND for an unknown id */
    public Organization get(long id) {
        return store.find(id).orElseThrow(() -> DomainException.notFound("organization.unknown", id));
    }

    /** Active organisations of a type (or all types) in a region and below it (or everywhere). */
    public List<Organization> list(@Nullable OrganizationType type, @Nullable String regionCode) {
        return store.list(type, regionCode == null ? null : regions.codesWithin(regions.get(regionCode).code()), false);
    }

    public List<Organization> listIncludingInactive(@Nullable OrganizationType type, @Nullable String regionCode) {
        return store.list(type, regionCode == null ? null : regions.codesWithin(regions.get(regionCode).code()), true);
    }

    /**
     * The active organisations an organisation of the region may belong to: those of the region
     * itself and of the regions above it, e.g. for a street's liaison group the district's CPPCC.
     */
    public List<Organization> possibleParents(String regionCode) {
        List<String> lineage = regions.lineage(regionCode).stream().map(Region::code).toList();
        return store.list(null, lineage, false);
    }

    public Optional<Organization> findByName(String name, String regionCode) {
        return store.findByName(name, regionCode);
    }

    @Transactional
    public Organization add(String name, @Nullable OrganizationType type, String regionCode, @Nullable Long parentId,
            @Nullable Long actorId) {
        check(null, name, type, regionCode, parentId);
        long id = store.insert(name.strip(), type, regionCode, parentId);
        events.publishEvent(AuditRecord.of("organization.added", actorId, "organization", id).with("name", name.strip()));
        return get(id);
    }

    @Transactional
    public Organization update(long id, String name, @Nullable OrganizationType type, String regionCode,
            @Nullable Long parentId, @Nullable Long actorId) {
        get(id);
        check(id, name, type, regionCode, parentId);
        store.update(id, name.strip(), type, regionCode, parentId);
        events.publishEvent(AuditRecord.of("organization.changed", actorId, "organization", id).with("name", name.strip()));
        return get(id);
    }

    @Transactional
    public void setActive(long id, boolean active, @Nullable Long actorId) {
        get(id);
        store.setActive(id, active);
        events.publishEvent(AuditRecord.of(active ? "organization.reactivated" : "organization.deactivated",
                actorId, "organization", id));
    }

    /** Whether {@code candidate} lies below {@code ancestor} in the organisation tree. */
    private boolean isBelow(long candidate, long ancestor) {
        Set<Long> seen = new HashSet<>();
        for (Long at = candidate; at != null && seen.add(at); at = store.find(at).map(Organization::parentId).orElse(null)) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void check(@Nullable Long id, String name, @Nullable OrganizationType type, String regionCode,
            @Nullable Long parentId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (name.isBlank() || name.strip().length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "organization.name.invalid", MAX_NAME));
        }
        if (type == null) {
            problems.add(new FieldProblem("type", "organization.type.required"));
        }
        if (regions.find(regionCode).isEmpty()) {
            problems.add(new FieldProblem("regionCode", "region.unknown", regionCode));
        } else {
            store.findByName(name.strip(), regionCode).filter(other -> id == null || other.id() != id)
                    .ifPresent(other -> problems.add(new FieldProblem("name", "organization.name.taken", name.strip())));
        }
        if (parentId != null && (store.find(parentId).isEmpty() || parentId.equals(id))) {
            problems.add(new FieldProblem("parentId", "organization.parent.unknown", parentId));
        } else if (parentId != null && id != null && isBelow(parentId, id)) {
            problems.add(new FieldProblem("parentId", "organization.parent.cycle"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
    }
}
