package org.gongshang.commonproblem;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which regions' sources a viewer counts: staff see their regions and everything below (the city all
 * its districts, a district its own), administrators everything; narrowed to one district on request.
 */
@Component
public class ProblemRegions {

    private final Actors actors;
    private final Regions regions;

    ProblemRegions(Actors actors, Regions regions) {
        this.actors = actors;
        this.regions = regions;
    }

    /**
     * @throws DomainException FORBIDDEN for anyone but staff and administrators, or a district outside
     *         the viewer's regions; INVALID (at {@code district}) for a code that is no district
     */
    Set<String> codes(Actor viewer, @Nullable String district) {
        List<String> roots = roots(viewer);
        if (district == null) {
            Set<String> codes = new LinkedHashSet<>();
            roots.forEach(root -> codes.addAll(regions.codesWithin(root)));
            return codes;
        }
        boolean known = regions.find(district).filter(region -> region.level() == RegionLevel.DISTRICT).isPresent();
        if (!known) {
            throw DomainException.invalidField("district", "common-problem.district.unknown");
        }
        if (!viewer.isAdmin()) {
            actors.requireIn(viewer, district, Role.STAFF);
        }
        return regions.codesWithin(district);
    }

    /** The regions a viewer may raise a common problem in: where they are staff. */
    public List<Region> escalationRegions(Actor viewer) {
        return roots(viewer).stream().flatMap(code -> regions.find(code).stream()).toList();
    }

    /** The districts a viewer may narrow to. */
    public List<Region> districts(Actor viewer) {
        Set<Region> districts = new LinkedHashSet<>();
        for (String root : roots(viewer)) {
            regions.find(root).ifPresent(region -> {
                if (region.level() == RegionLevel.DISTRICT) {
                    districts.add(region);
                } else {
                    districts.addAll(regions.below(root, RegionLevel.DISTRICT));
                }
            });
        }
        return List.copyOf(districts);
    }

    private List<String> roots(Actor viewer) {
        if (viewer.isAdmin()) {
            return regions.roots().stream().map(Region::code).toList();
        }
        List<String> roots = actors.scopeRoots(viewer, Role.STAFF);
        if (roots.isEmpty()) {
            throw DomainException.forbidden("common-problem.staff-only");
        }
        return roots;
    }
}
