package org.gongshang.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.gongshang.identity.Actor;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Coverage of communities and villages by members (委员覆盖率): for each district, how many have at
 * least one active member reporting to them (confirmed) or assigned to them today, and which have none.
 */
@Service
public class MemberCoverage {

    private final JdbcClient jdbc;
    private final Regions regions;
    private final MemberAccess access;
    private final Clock clock;

    MemberCoverage(JdbcClient jdbc, Regions regions, MemberAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.access = access;
        this.clock = clock;
    }

    /**
     * @param regionCode a city (each of its districts) or a district
     * @throws DomainException INVALID at {@code region} for anything else, FORBIDDEN outside the staff's region
     */
    public Coverage of(String regionCode, Actor actor) {
        Region region = regions.find(regionCode)
                .filter(r -> r.level() == RegionLevel.CITY || r.level() == RegionLevel.DISTRICT)
                .orElseThrow(() -> DomainException.invalidField("region", "member.coverage.region.invalid", regionCode));
        access.requireStaffIn(actor, region.code());
        return of(region);
    }

    /** Without a check of who asks: for statistics and quality evaluation. */
    public Coverage of(Region region) {
        List<Region> districts = region.level() == RegionLevel.CITY ? regions.below(region.code(), RegionLevel.DISTRICT)
                : List.of(region);
        List<Region> communities = regions.below(region.code(), RegionLevel.COMMUNITY);
        Set<String> covered = covered(communities.stream().map(Region::code).toList());
        return new Coverage(region.code(), districts.stream().map(district -> {
            List<Region> inDistrict = communities.stream().filter(c -> c.code().startsWith(district.code())).toList();
            List<Region> uncovered = inDistrict.stream().filter(c -> !covered.contains(c.code())).toList();
            return new Coverage.District(district.code(), district.name(), inDistrict.size(),
                    inDistrict.size() - uncovered.size(), uncovered);
        }).toList());
    }

    private Set<String> covered(List<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                select r.community_code from member_residence_report r join member_profile m on m.id = r.member_id
                where r.status = 'CONFIRMED' and m.active and r.community_code in (:codes)
                union
                select a.community_code from member_assignment a join member_profile m on m.id = a.member_id
                where :today between a.starts_on and a.ends_on and m.active and a.community_code in (:codes)""")
                .param("codes", codes).param("today", LocalDate.now(clock.withZone(Zones.platform()))).query(String.class).list());
    }
}
