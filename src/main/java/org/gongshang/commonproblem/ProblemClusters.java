package org.gongshang.commonproblem;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongshang.commonproblem.internal.ProblemClustering;
import org.gongshang.identity.Actor;
import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The common problems staff see: groups whose sources within the viewer's regions and the period come
 * from at least {@code min-communities} communities or have at least {@code min-supporters} people
 * behind them, the widest first. Counted from the kept groups by one query; nothing is compared here.
 */
@Service
public class ProblemClusters {

    private record Member(long clusterId, String title, @Nullable Long raisedTopicId, String communityCode, int supporters) {
    }

    private final JdbcClient jdbc;
    private final ProblemRegions scope;
    private final Regions regions;
    private final ProblemClustering clustering;
    private final CommonProblemProperties properties;
    private final Clock clock;

    ProblemClusters(JdbcClient jdbc, ProblemRegions scope, Regions regions, ProblemClustering clustering,
            CommonProblemProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.regions = regions;
        this.clustering = clustering;
        this.properties = properties;
        this.clock = clock;
    }

    /** The groups that span enough communities or supporters, for the viewer (and a district of theirs). */
    public List<ProblemCluster> common(Actor viewer, @Nullable String district) {
        Set<String> codes = scope.codes(viewer, district);
        List<Member> members = jdbc.sql("""
                select c.id as cluster_id, c.title, c.raised_topic_id, s.community_code, s.supporters
                from problem_source s join problem_cluster c on c.id = s.cluster_id
                where s.occurred_at >= :since and s.community_code = any(:codes)
                  and s.cluster_id in (select s2.cluster_id from problem_source s2
                                       where s2.occurred_at >= :since and s2.community_code = any(:codes)
                                       group by s2.cluster_id
                                       having count(distinct s2.community_code) >= :communities
                                           or sum(s2.supporters) >= :supporters)""")
                .param("since", Rows.timestamp(since())).param("codes", codes.toArray(String[]::new))
                .param("communities", properties.minCommunities()).param("supporters", properties.minSupporters())
                .query(ProblemClusters::member).list();
        Map<Long, List<Member>> byCluster = new LinkedHashMap<>();
        members.forEach(member -> byCluster.computeIfAbsent(member.clusterId(), id -> new ArrayList<>()).add(member));
        Map<String, Region> districts = new HashMap<>();
        return byCluster.values().stream().map(group -> cluster(group, districts))
                .sorted(Comparator.comparingInt(ProblemCluster::communities).reversed()
                        .thenComparing(Comparator.comparingInt(ProblemCluster::supporters).reversed())
                        .thenComparingLong(ProblemCluster::id))
                .limit(properties.maxShown()).toList();
    }

    /** A group's sources within the viewer's regions. @throws DomainException NOT_FOUND when none is theirs */
    public List<ProblemSource> sources(long clusterId, Actor viewer) {
        Set<String> codes = scope.codes(viewer, null);
        record Row(String kind, long sourceId, String title, String communityCode, int supporters, Instant occurredAt) {
        }
        List<Row> rows = jdbc.sql("""
                select kind, source_id, title, community_code, supporters, occurred_at from problem_source
                where cluster_id = :id and community_code = any(:codes) and occurred_at >= :since
                order by occurred_at, source_id""")
                .param("id", clusterId).param("codes", codes.toArray(String[]::new)).param("since", Rows.timestamp(since()))
                .query(Row.class).list();
        if (rows.isEmpty()) {
            throw DomainException.notFound("common-problem.unknown", clusterId);
        }
        Map<String, String> names = new HashMap<>();
        return rows.stream().map(row -> new ProblemSource(row.kind(), row.sourceId(), row.title(), row.communityCode(),
                names.computeIfAbsent(row.communityCode(), code -> regions.find(code).map(Region::name).orElse(code)),
                row.supporters(), row.occurredAt(), clustering.corpus(row.kind()).path(row.sourceId()))).toList();
    }

    /** One group as the viewer counts it. @throws DomainException NOT_FOUND when it is not among theirs */
    public ProblemCluster get(long clusterId, Actor viewer) {
        return common(viewer, null).stream().filter(cluster -> cluster.id() == clusterId).findFirst()
                .orElseThrow(() -> DomainException.notFound("common-problem.unknown", clusterId));
    }

    private Instant since() {
        return clock.instant().minus(properties.period());
    }

    private ProblemCluster cluster(List<Member> group, Map<String, Region> districtOf) {
        Member first = group.getFirst();
        Map<String, List<Member>> byDistrict = new LinkedHashMap<>();
        for (Member member : group) {
            Region district = districtOf.computeIfAbsent(member.communityCode(), code -> regions
                    .enclosing(code, RegionLevel.DISTRICT).orElseGet(() -> regions.find(code)
                            .orElse(new Region(code, code, RegionLevel.COMMUNITY, null, true))));
            byDistrict.computeIfAbsent(district.code() + "\t" + district.name(), key -> new ArrayList<>()).add(member);
        }
        List<ProblemCluster.District> districts = byDistrict.entrySet().stream().map(entry -> {
            String[] key = entry.getKey().split("\t", 2);
            return new ProblemCluster.District(key[0], key[1], entry.getValue().size(),
                    (int) entry.getValue().stream().map(Member::communityCode).distinct().count());
        }).sorted(Comparator.comparingInt(ProblemCluster.District::sources).reversed()).toList();
        return new ProblemCluster(first.clusterId(), first.title(), group.size(),
                (int) group.stream().map(Member::communityCode).distinct().count(),
                group.stream().mapToInt(Member::supporters).sum(), districts, first.raisedTopicId());
    }

    private static Member member(ResultSet rs, int row) throws SQLException {
        return new Member(rs.getLong("cluster_id"), rs.getString("title"), Rows.nullableLong(rs, "raised_topic_id"),
                rs.getString("community_code"), rs.getInt("supporters"));
    }
}
