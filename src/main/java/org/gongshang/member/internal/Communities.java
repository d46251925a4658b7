package org.gongshang.member.internal;

import java.util.List;
import java.util.Optional;

import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException.FieldProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Communities and villages (区划 level COMMUNITY) as the member module checks and offers them. */
@Component
public class Communities {

    private final Regions regions;

    Communities(Regions regions) {
        this.regions = regions;
    }

    /** The community of a code: itself for a community, its community for a grid; empty otherwise. */
    public Optional<Region> of(@Nullable String code) {
        if (code == null) {
            return Optional.empty();
        }
        return regions.find(code).filter(Region::active).flatMap(region -> switch (region.level()) {
            case COMMUNITY -> Optional.of(region);
            case GRID -> region.parentCode() == null ? Optional.empty() : regions.find(region.parentCode());
            default -> Optional.empty();
        });
    }

    /** @return a problem at the field unless the code is an active community within {@code within} (when given) */
    public Optional<FieldProblem> problem(String field, @Nullable String code, @Nullable String within) {
        Optional<Region> region = code == null ? Optional.empty() : regions.find(code);
        if (region.isEmpty() || !region.get().active() || region.get().level() != RegionLevel.COMMUNITY) {
            return Optional.of(new FieldProblem(field, "member.community.unknown", code == null ? "" : code));
        }
        if (within != null && !regions.isWithin(code, within)) {
            return Optional.of(new FieldProblem(field, "member.community.outside", region.get().name()));
        }
        return Optional.empty();
    }

    /** The active communities and villages in a region, by code. */
    public List<Region> within(String regionCode) {
        return regions.below(regionCode, RegionLevel.COMMUNITY);
    }

    public String name(String code) {
        return regions.find(code).map(Region::name).orElse(code);
    }
}
