package org.gongshang.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongshang.member.internal.Communities;
import org.gongshang.member.internal.GridStore;
import org.gongshang.region.Region;
import org.gongshang.region.Regions;
import org.gongshang.shared.Zones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Where members are assigned (入驻) and which grids they do duty in. Changes go through {@link CommunityAssignment}. */
@Service
public class Assignments {

    private final JdbcClient jdbc;
    private final GridStore grids;
    private final Communities communities;
    private final Regions regions;
    private final Clock clock;

    Assignments(JdbcClient jdbc, GridStore grids, Communities communities, Regions regions, Clock clock) {
        this.jdbc = jdbc;
        this.grids = grids;
        this.communities = communities;
        this.regions = regions;
        this.clock = clock;
    }

    /** The member's assignments, current and coming first, then past ones. */
    public List<Assignment> ofMember(long memberId) {
        return jdbc.sql("""
                select a.id, a.member_id, m.name, a.community_code, a.starts_on, a.ends_on, a.note
                from member_assignment a join member_profile m on m.id = a.member_id
                where a.member_id = :member order by (a.ends_on < :today), a.starts_on desc""")
                .param("member", memberId).param("today", today())
                .query((rs, n) -> new Assignment(rs.getLong("id"), rs.getLong("member_id"), rs.getString("name"),
                        rs.getString("community_code"), communities.name(rs.getString("community_code")),
                        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getString("note")))
                .list();
    }

    /** The grids the member does duty in. */
    public List<Region> gridsOf(long memberId) {
        return grids.of(memberId).stream().flatMap(code -> regions.find(code).stream()).toList();
    }

    /**
     * The communities where the member is present today: the one they reported to (confirmed) and
     * those they are assigned to. Grid duty and grid visits are done there.
     */
    public List<String> communitiesOf(long memberId) {
        return jdbc.sql("""
                select community_code from member_residence_report where member_id = :member and status = 'CONFIRMED'
                union
                select community_code from member_assignment where member_id = :member and :today between starts_on and ends_on""")
                .param("member", memberId).param("today", today()).query(String.class).list();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.platform()));
    }
}
