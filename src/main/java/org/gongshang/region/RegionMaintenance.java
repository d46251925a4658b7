package org.gongshang.region;

import org.gongshang.region.internal.RegionAggregate;
import org.gongshang.region.internal.RegionRepository;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins keeping the division tree: adding a region, renaming, deactivating (with everything
 * below) and reactivating. Each act is audited in its own transaction.
 */
@Service
public class RegionMaintenance {

    private final RegionRepository repository;
    private final ApplicationEventPublisher events;

    RegionMaintenance(RegionRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    /** @throws DomainException INVALID with a problem per field when the region does not fit in the tree */
    @Transactional
    public Region add(NewRegion region, @Nullable Long actorId) {
        if (repository.existsById(region.code())) {
            throw DomainException.invalidField("code", "region.code.taken", region.code());
        }
        RegionAggregate parent = region.parentCode() == null ? null : repository.findById(region.parentCode()).orElse(null);
        RegionAggregate added = repository.save(RegionAggregate.add(region, parent));
        events.publishEvent(AuditRecord.of("region.added", actorId, "region", added.code()).with("name", added.name()));
        return added.view();
    }

    /** Adds a region directly below {@code parentCode}, at the level below the parent's (a city when there is no parent). */
    @Transactional
    public Region addBelow(@Nullable String parentCode, String code, String name, @Nullable Long actorId) {
        String parent = Text.blankToNull(parentCode);
        if (parent == null) {
            return add(new NewRegion(code, name, RegionLevel.CITY, null), actorId);
        }
        RegionAggregate above = repository.findById(parent)
                .orElseThrow(() -> DomainException.invalidField("parentCode", "region.parent.unknown", parent));
        RegionLevel level = above.level().below()
                .orElseThrow(() -> DomainException.invalidField("code", "region.level.none-below", above.name()));
        return add(new NewRegion(code, name, level, parent), actorId);
    }

    @Transactional
    public Region rename(String code, String name, @Nullable Long actorId) {
        RegionAggregate region = load(code);
        RegionAggregate renamed = repository.save(region.renamedTo(name));
        events.publishEvent(AuditRecord.of("region.renamed", actorId, "region", code)
                .with("from", region.name()).with("to", renamed.name()));
        return renamed.view();
    }

    /** The region and every region below it can no longer be chosen; their data stays. */
    @Transactional
    public Region deactivate(String code, @Nullable Long actorId) {
        RegionAggregate region = repository.save(load(code).deactivated());
        repository.deactivateBelow(region.path());
        events.publishEvent(AuditRecord.of("region.deactivated", actorId, "region", code));
        return region.view();
    }

    /** Only the region itself comes back, and only while its parent is active. */
    @Transactional
    public Region reactivate(String code, @Nullable Long actorId) {
        RegionAggregate region = load(code);
        RegionAggregate parent = region.parentCode() == null ? null : load(region.parentCode());
        RegionAggregate reactivated = repository.save(region.reactivatedBelow(parent));
        events.publishEvent(AuditRecord.of("region.reactivated", actorId, "region", code));
        return reactivated.view();
    }

    private RegionAggregate load(String code) {
        return repository.findById(code).orElseThrow(() -> DomainException.notFound("region.unknown", code));
    }
}
