package org.gongshang.identity.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.springframework.stereotype.Component;

/**
 * The communities and villages a person can say they live in, grouped by street or township, for
 * a select that works without JavaScript.
 */
@Component
class ResidenceOptions {

    record Group(String label, List<Region> communities) {
    }

    private final Regions regions;

    ResidenceOptions(Regions regions) {
        this.regions = regions;
    }

    List<Group> groups() {
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Region root : regions.roots()) {
            for (Region community : regions.below(root.code(), RegionLevel.COMMUNITY)) {
                String township = community.parentCode();
                groups.computeIfAbsent(township, code -> new Group(label(code, names), new ArrayList<>()))
                        .communities().add(community);
            }
        }
        return List.copyOf(groups.values());
    }

    private String label(String townshipCode, Map<String, String> names) {
        List<Region> lineage = regions.lineage(townshipCode);
        return lineage.stream().skip(Math.max(0, lineage.size() - 2)).map(Region::name)
                .reduce((district, township) -> district + " · " + township).orElse(townshipCode);
    }
}
