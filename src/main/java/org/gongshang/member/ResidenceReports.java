package org.gongshang.member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.gongshang.identity.Actor;
import org.gongshang.identity.Actors;
import org.gongshang.identity.Role;
import org.gongshang.member.internal.Communities;
import org.gongshang.region.Regions;
import org.gongshang.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Residence reports as members, cadres and staff read them. Changes go through {@link ResidenceReporting}. */
@Service
public class ResidenceReports {

    /** Decided reports stay on the cadres' page this long. */
    static final int RECENT_DAYS = 30;

    private static final String REPORT = """
            select r.id, r.member_id, m.name as member_name, r.community_code, r.status, r.reported_at, r.decided_at,
                   r.decline_reason
            from member_residence_report r join member_profile m on m.id = r.member_id
            """;

    private final JdbcClient jdbc;
    private final Communities communities;
    private final Regions regions;
    private final Actors actors;
    private final Clock clock;

    ResidenceReports(JdbcClient jdbc, Communities communities, Regions regions, Actors actors, Clock clock) {
        this.jdbc = jdbc;
        this.communities = communities;
        this.regions = regions;
        this.actors = actors;
        this.clock = clock;
    }

    /** The member's reports, newest first. */
    public List<ResidenceReport> ofMember(long memberId) {
        return jdbc.sql(REPORT + "where r.member_id = :member order by r.reported_at desc, r.id desc")
                .param("member", memberId).query(this::report).list();
    }

    /** The member's open report (reported or confirmed), if any. */
    public Optional<ResidenceReport> openOf(long memberId) {
        return ofMember(memberId).stream().filter(r -> r.status().isOpen()).findFirst();
    }

    /** For a cadre: the reports waiting in their communities, then those decided lately. */
    public List<ResidenceReport> forCadre(Actor cadre) {
        Set<String> codes = actors.scopeRoots(cadre, Role.CADRE).stream().flatMap(root -> regions.codesWithin(root).stream())
                .collect(Collectors.toSet());
        if (codes.isEmpty()) {
            return List.of();
        }
        Instant since = clock.instant().minus(RECENT_DAYS, ChronoUnit.DAYS);
        return jdbc.sql(REPORT + """
                where r.community_code in (:codes) and (r.status = 'REPORTED' or r.decided_at >= :since)
                order by case when r.status = 'REPORTED' then 0 else 1 end, r.reported_at desc""")
                .param("codes", codes).param("since", Timestamp.from(since)).query(this::report).list();
    }

    private ResidenceReport report(ResultSet rs, int row) throws SQLException {
        String code = rs.getString("community_code");
        return new ResidenceReport(rs.getLong("id"), rs.getLong("member_id"), rs.getString("member_name"), code,
                communities.name(code), ReportStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("reported_at").toInstant(), Rows.instant(rs, "decided_at"),
                rs.getString("decline_reason"));
    }
}
