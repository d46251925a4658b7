package org.gongshang.member;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongshang.identity.Actor;
import org.gongshang.identity.DistrictScope;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The member figures of the dashboard: duty points per committee and activity, from the yearly tallies
 * every duty record keeps current ({@code member_duty_tally}), and the coverage of communities by
 * members. Staff and reviewers of a city see every district and the city's committee, those of a
 * district their district; a district outside theirs is 403.
 */
@Service
public class MemberStatistics {

    /** A committee's duty points of the period by activity. */
    public record CommitteePoints(long committeeId, String committeeName, String districtCode, Map<DutyActivity, Long> points) {

        public CommitteePoints {
            points = Map.copyOf(points);
        }
    }

    private final JdbcClient jdbc;
    private final MemberCoverage coverage;
    private final Organizations organizations;
    private final Regions regions;
    private final DistrictScope scope;

    MemberStatistics(JdbcClient jdbc, MemberCoverage coverage, Organizations organizations, Regions regions, DistrictScope scope) {
        this.jdbc = jdbc;
        this.coverage = coverage;
        this.organizations = organizations;
        this.regions = regions;
        this.scope = scope;
    }

    /** @throws DomainException FORBIDDEN for anyone but staff and reviewers of a city or district, or a district outside theirs */
    public List<CommitteePoints> dutyPoints(@Nullable Integer year, @Nullable String districtCode, Actor viewer) {
        Set<String> districts = allowed(districtCode, viewer);
        Map<Long, Map<DutyActivity, Long>> byCommittee = new LinkedHashMap<>();
        jdbc.sql("select committee_id, activity, sum(points) as points from member_duty_tally"
                        + " where (cast(:year as int) is null or year = :year) group by 1, 2 order by 1, 2")
                .param("year", year)
                .query((rs, row) -> byCommittee.computeIfAbsent(rs.getLong("committee_id"), id -> new EnumMap<>(DutyActivity.class))
                        .merge(DutyActivity.valueOf(rs.getString("activity")), rs.getLong("points"), Long::sum))
                .list();
        List<CommitteePoints> shown = new ArrayList<>();
        byCommittee.forEach((id, points) -> organizations.find(id).ifPresent(committee -> {
            String district = district(committee.regionCode());
            if ((districts == null || districts.contains(district)) && (districtCode == null || districtCode.equals(district))) {
                shown.add(new CommitteePoints(id, committee.name(), district, points));
            }
        }));
        return shown;
    }

    /** Coverage of each district the viewer sees (or the one asked for), as of today. */
    public List<Coverage.District> coverage(@Nullable String districtCode, Actor viewer) {
        Set<String> districts = allowed(districtCode, viewer);
        List<Coverage.District> shown = new ArrayList<>();
        for (Region city : regions.roots()) {
            for (Coverage.District district : coverage.of(city).districts()) {
                if ((districts == null || districts.contains(district.code()))
                        && (districtCode == null || districtCode.equals(district.code()))) {
                    shown.add(district);
                }
            }
        }
        return shown;
    }

    private @Nullable Set<String> allowed(@Nullable String districtCode, Actor viewer) {
        Set<String> districts = scope.districts(viewer);
        if (districts != null && districts.isEmpty()) {
            throw DomainException.forbidden("member.statistics.not-allowed");
        }
        if (districts != null && districtCode != null && !districts.contains(districtCode)) {
            throw DomainException.forbidden("identity.scope.outside", districtCode);
        }
        return districts;
    }

    private String district(String regionCode) {
        return regions.enclosing(regionCode, RegionLevel.DISTRICT).map(Region::code).orElse(regionCode);
    }
}
