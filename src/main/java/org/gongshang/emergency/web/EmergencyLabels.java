package org.gongshang.emergency.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.gongshang.emergency.Place;
import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Names for codes on emergency pages ({@code ${@emergencyLabels.place(...)}}) and the place choices of the report form. */
@Component("emergencyLabels")
class EmergencyLabels {

    /** A community or grid to choose, named with its township (and community, for a grid). */
    record PlaceOption(String code, String label) {
    }

    private final Regions regions;
    private final Actors actors;

    EmergencyLabels(Regions regions, Actors actors) {
        this.regions = regions;
        this.actors = actors;
    }

    public String region(@Nullable String code) {
        return code == null ? "" : regions.find(code).map(Region::name).orElse(code);
    }

    public String place(Place place) {
        return place(place.townshipCode(), place.communityCode(), place.regionCode());
    }

    public String place(String townshipCode, String communityCode, String regionCode) {
        String grid = regionCode.equals(communityCode) ? "" : " " + region(regionCode);
        return region(townshipCode) + " " + region(communityCode) + grid;
    }

    /** Minutes left until {@code due} (negative once passed), for the timers. */
    public long minutesUntil(Instant due, Instant now) {
        return Duration.between(now, due).toMinutes();
    }

    /**
     * The places a person may pick when reporting: the communities and grids of the districts they
     * live or work in (all of a city for city staff).
     */
    List<PlaceOption> placeOptions(Actor actor) {
        Set<String> roots = new LinkedHashSet<>();
        if (actor.residenceRegionCode() != null) {
            regions.enclosing(actor.residenceRegionCode(), RegionLevel.DISTRICT).ifPresent(d -> roots.add(d.code()));
        }
        for (String root : actors.scopeRoots(actor, Role.STAFF, Role.CADRE, Role.MEMBER)) {
            Region region = regions.find(root).orElse(null);
            if (region != null) {
                roots.add(region.level() == RegionLevel.CITY ? region.code()
                        : regions.enclosing(root, RegionLevel.DISTRICT).map(Region::code).orElse(root));
            }
        }
        if (actor.isAdmin()) {
            regions.roots().forEach(city -> roots.add(city.code()));
        }
        List<PlaceOption> options = new ArrayList<>();
        for (String root : roots) {
            for (Region community : regions.below(root, RegionLevel.COMMUNITY)) {
                String township = region(community.parentCode());
                options.add(new PlaceOption(community.code(), township + " " + community.name()));
                for (Region grid : regions.children(community.code())) {
                    options.add(new PlaceOption(grid.code(), township + " " + community.name() + " " + grid.name()));
                }
            }
        }
        return options;
    }
}
