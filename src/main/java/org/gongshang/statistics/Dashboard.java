package org.gongshang.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.springframework.stereotype.Service;

/**
 * The dashboard's sections for a period and region. Staff and reviewers only: a city's see all its
 * districts, a district's their own; asking for a district outside one's regions is 403, an unknown
 * district or a year out of range is a problem at that filter.
 */
@Service
public class Dashboard {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    private static final Role[] VIEWERS = {Role.STAFF, Role.REVIEWER};

    /** A section's figures as the viewer may see them. */
    public record Section(String key, StatisticsTable table) {
    }

    private final Map<String, StatisticsSection> sections = new LinkedHashMap<>();
    private final Actors actors;
    private final Regions regions;

    Dashboard(List<StatisticsSection> sections, Actors actors, Regions regions) {
        sections.stream().sorted(Comparator.comparingInt(StatisticsSection::order))
                .forEach(section -> this.sections.put(section.key(), section));
        this.actors = actors;
        this.regions = regions;
    }

    /** Every section that has figures for the filter, in order. */
    public List<Section> sections(StatisticsFilter filter, Actor viewer) {
        check(filter, viewer);
        List<Section> shown = new ArrayList<>();
        for (StatisticsSection section : sections.values()) {
            StatisticsTable table = section.table(filter, viewer);
            if (!table.isEmpty()) {
                shown.add(new Section(section.key(), table));
            }
        }
        return shown;
    }

    /** @throws DomainException NOT_FOUND for a section that does not exist */
    public Section section(String key, StatisticsFilter filter, Actor viewer) {
        StatisticsSection section = sections.get(key);
        if (section == null) {
            throw DomainException.notFound("statistics.section.unknown");
        }
        check(filter, viewer);
        return new Section(key, section.table(filter, viewer));
    }

    /** The keys of all sections, with data or not. */
    public List<String> keys() {
        return List.copyOf(sections.keySet());
    }

    /** The districts the viewer may filter to, by code. */
    public List<Region> districts(Actor viewer) {
        List<String> roots = viewer.isAdmin() ? regions.roots().stream().map(Region::code).toList()
                : actors.scopeRoots(viewer, VIEWERS);
        Map<String, Region> districts = new LinkedHashMap<>();
        for (String root : roots) {
            Region region = regions.find(root).orElse(null);
            if (region == null) {
                continue;
            }
            if (region.level() == RegionLevel.DISTRICT) {
                districts.put(region.code(), region);
            } else if (region.level() == RegionLevel.CITY) {
                regions.below(root, RegionLevel.DISTRICT).forEach(d -> districts.put(d.code(), d));
            }
        }
        return districts.values().stream().sorted(Comparator.comparing(Region::code)).toList();
    }

    private void check(StatisticsFilter filter, Actor viewer) {
        if (!viewer.isAdmin() && actors.scopeRoots(viewer, VIEWERS).isEmpty()) {
            throw DomainException.forbidden("statistics.viewers-only");
        }
        Integer year = filter.year();
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            throw DomainException.invalidField("year", "statistics.year.range", FIRST_YEAR, LAST_YEAR);
        }
        String district = filter.districtCode();
        if (district != null) {
            boolean known = regions.find(district).filter(region -> region.level() == RegionLevel.DISTRICT).isPresent();
            if (!known) {
                throw DomainException.invalidField("district", "statistics.district.unknown");
            }
            actors.requireIn(viewer, district, VIEWERS);
        }
    }
}
