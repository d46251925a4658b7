package org.gongshang.followup.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.Zones;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Names and times on follow-up pages ({@code ${@followUpLabels.region(code)}}), the region choices of
 * staff forms, and the {@code datetime-local} fields of forms, read and written in China time.
 */
@Component("followUpLabels")
class FollowUpLabels {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Zones.platform());
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** A choice in a region select. */
    record RegionOption(String code, String label) {
    }

    private final Regions regions;
    private final Actors actors;

    FollowUpLabels(Regions regions, Actors actors) {
        this.regions = regions;
        this.actors = actors;
    }

    public String region(@Nullable String code) {
        return code == null ? "" : regions.find(code).map(Region::name).orElse(code);
    }

    public String when(@Nullable Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** The value of a {@code datetime-local} input. */
    static String local(@Nullable Instant instant) {
        return instant == null ? "" : LOCAL.format(LocalDateTime.ofInstant(instant, Zones.platform()));
    }

    /** A {@code datetime-local} value as an instant in China time; null for blank or unreadable input. */
    static @Nullable Instant instant(@Nullable String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip()).atZone(Zones.platform()).toInstant();
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    /** The regions where the actor may act with one of the roles: each root and what lies below it, down to communities. */
    List<RegionOption> regionOptions(Actor actor, Role... roles) {
        List<String> roots = actor.isAdmin() ? regions.roots().stream().map(Region::code).toList() : actors.scopeRoots(actor, roles);
        List<RegionOption> options = new ArrayList<>();
        for (String root : roots) {
            regions.find(root).ifPresent(top -> walk(top, options));
        }
        return options;
    }

    private void walk(Region region, List<RegionOption> options) {
        options.add(new RegionOption(region.code(), label(region)));
        if (region.level().ordinal() < RegionLevel.COMMUNITY.ordinal()) {
            regions.children(region.code()).forEach(child -> walk(child, options));
        }
    }

    private String label(Region region) {
        return regions.lineage(region.code()).stream().map(Region::name).reduce((a, b) -> a + " " + b).orElse(region.name());
    }
}
