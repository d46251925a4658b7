package org.gongshang.identity;

import java.util.LinkedHashSet;
import java.util.Set;

import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which districts' figures someone reads on the dashboard, the rule every module with a roll-up by
 * district applies: staff and reviewers of a city read every district below it and the city's own
 * figures (kept under the city's code), those of a district their district; admins everything.
 */
@Component
public class DistrictScope {

    private final Actors actors;
    private final Regions regions;

    DistrictScope(Actors actors, Regions regions) {
        this.actors = actors;
        this.regions = regions;
    }

    /** The district (and city) codes the viewer reads; null for admins (everything), empty for nobody's. */
    public @Nullable Set<String> districts(Actor viewer) {
        if (viewer.isAdmin()) {
            return null;
        }
        Set<String> districts = new LinkedHashSet<>();
        for (String root : actors.scopeRoots(viewer, Role.STAFF, Role.REVIEWER)) {
            Region region = regions.find(root).orElse(null);
            if (region != null && region.level() == RegionLevel.CITY) {
                districts.add(root);
                regions.below(root, RegionLevel.DISTRICT).forEach(district -> districts.add(district.code()));
            } else if (region != null && region.level() == RegionLevel.DISTRICT) {
                districts.add(root);
            }
        }
        return districts;
    }
}
