package org.gongshang.topic.web;

import java.util.List;

import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Names for codes and ids on topic pages ({@code ${@topicLabels.region(code)}}), and the region choices of forms. */
@Component("topicLabels")
class TopicLabels {

    /** A choice in a region select: districts first, then communities under their street or town. */
    record RegionOption(String code, String label) {
    }

    private final Regions regions;
    private final Organizations organizations;

    TopicLabels(Regions regions, Organizations organizations) {
        this.regions = regions;
        this.organizations = organizations;
    }

    public String region(@Nullable String code) {
        if (code == null) {
            return "";
        }
        return regions.find(code).map(Region::name).orElse(code);
    }

    public String organization(@Nullable Long id) {
        return id == null ? "" : organizations.find(id).map(Organization::name).orElse(String.valueOf(id));
    }

    List<RegionOption> regionOptions() {
        List<RegionOption> options = new java.util.ArrayList<>();
        for (Region root : regions.roots()) {
            options.add(new RegionOption(root.code(), root.name()));
            for (Region district : regions.below(root.code(), RegionLevel.DISTRICT)) {
                options.add(new RegionOption(district.code(), root.name() + " " + district.name()));
                for (Region community : regions.below(district.code(), RegionLevel.COMMUNITY)) {
                    String street = community.parentCode() == null ? "" : region(community.parentCode()) + " ";
                    options.add(new RegionOption(community.code(), district.name() + " " + street + community.name()));
                }
            }
        }
        return options;
    }
}
