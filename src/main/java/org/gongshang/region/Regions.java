package org.gongshang.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gongshang.region.internal.RegionStore;
import org.gongshang.shared.AuditRecord;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The division tree: lookups for every module, and the changes admins make. */
@Service
public class Regions {

    private final RegionStore store;
    private final ApplicationEventPublisher events;

    Regions(RegionStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    public Optional<Region> find(String code) {
        return store.find(code);
    }

    /** @throws DomainException NOT_FOUND for an unknown code */
    public Region get(String code) {
        return store.find(code).orElseThrow(() -> DomainException.notFound("region.unknown", code));
    }

    public List<Region> roots() {
        return store.roots();
    }

    public List<Region> children(String code) {
        get(code);
        return store.children(code, false);
    }

    public List<Region> childrenIncludingInactive(String code) {
        get(code);
        return store.children(code, true);
    }

    /** From the top of the tree down to the region itself. */
    public List<Region> lineage(String code) {
        List<Region> lineage = new ArrayList<>();
        for (Region region = get(code); region != null; region = region.parentCode() == null ? null : get(region.parentCode())) {
            lineage.addFirst(region);
        }
        return lineage;
    }

    /** The region's code and the codes of all regions below it: what "in this region" means for data scope. */
    public Set<String> codesWithin(String code) {
        return Set.copyOf(store.codesWithin(code));
    }

    /** The active regions of a level below {@code code}, e.g. all communities of a city. */
    public List<Region> below(String code, RegionLevel level) {
        return store.below(code, level);
    }

    /** Whether {@code code} is {@code ancestor} or lies below it. */
    public boolean isWithin(String code, String ancestor) {
        return store.isWithin(code, ancestor);
    }

    /** The nearest region of the given level at or above {@code code}, e.g. the district of a community. */
    public Optional<Region> enclosing(String code, RegionLevel level) {
        return lineage(code).stream().filter(r -> r.level() == level).findFirst();
    }

    @Transactional
    public Region add(String code, String name, RegionLevel level, @Nullable String parentCode, @Nullable Long actorId) {
        Region region = new Region(code.strip(), name.strip(), level, Text.blankToNull(parentCode), true);
        if (store.find(region.code()).isPresent()) {
            throw DomainException.invalidField("code", "region.code.taken", region.code());
        }
        var problems = RegionRules.check(region, parent -> store.find(parent).orElse(null));
        if (!problems.isEmpty()) {
            throw DomainException.invalidFields(problems);
        }
        store.insert(region);
        events.publishEvent(AuditRecord.of("region.added", actorId, "region", region.code()).with("name", region.name()));
        return region;
    }

    /**
     * Adds a region directly below {@code parentCode}, at the level below the parent's (a city when
     * there is no parent).
     */
    @Transactional
    public Region addChild(@Nullable String parentCode, String code, String name, @Nullable Long actorId) {
        String parent = Text.blankToNull(parentCode);
        if (parent == null) {
            return add(code, name, RegionLevel.CITY, null, actorId);
        }
        Region above = store.find(parent).orElseThrow(() -> DomainException.invalidField("parentCode", "region.parent.unknown", parent));
        RegionLevel level = above.level().below()
                .orElseThrow(() -> DomainException.invalidField("code", "region.level.none-below", above.name()));
        return add(code, name, level, parent, actorId);
    }

    @Transactional
    public Region rename(String code, String name, @Nullable Long actorId) {
        Region region = get(code);
        if (name.isBlank() || name.strip().length() > RegionRules.MAX_NAME) {
            throw DomainException.invalidField("name", "region.name.invalid", RegionRules.MAX_NAME);
        }
        store.rename(code, name.strip());
        events.publishEvent(AuditRecord.of("region.renamed", actorId, "region", code)
                .with("from", region.name()).with("to", name.strip()));
        return get(code);
    }

    /**
     * Deactivating a region deactivates everything below it; reactivating brings back only the region
     * itself, and only while its parent is active, so that no active region hangs below an inactive one.
     */
    @Transactional
    public void setActive(String code, boolean active, @Nullable Long actorId) {
        Region region = get(code);
        if (active && region.parentCode() != null && !get(region.parentCode()).active()) {
            throw DomainException.conflict("region.parent.inactive", region.parentCode());
        }
        store.setActive(code, active);
        events.publishEvent(AuditRecord.of(active ? "region.reactivated" : "region.deactivated", actorId, "region", code));
    }
}
