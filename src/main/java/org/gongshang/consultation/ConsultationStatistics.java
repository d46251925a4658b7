package org.gongshang.consultation;

import java.util.List;
import java.util.Set;

import org.gongshang.identity.Actor;
import org.gongshang.identity.DistrictScope;
import org.gongshang.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who was present and who spoke at concluded consultations, over time, for the dashboard: from the
 * roll-up each conclusion adds to, never the rosters and turns one by one. Staff and reviewers of a
 * city see every district and the city's own, those of a district their district; outside is 403.
 */
@Service
public class ConsultationStatistics {

    /**
     * One category's figures in a period.
     *
     * @param period {@code yyyy-MM} for a year's months, {@code yyyy} across years
     */
    public record Voices(String period, ParticipantCategory category, long attendees, long seconds) {
    }

    private final JdbcClient jdbc;
    private final DistrictScope scope;

    ConsultationStatistics(JdbcClient jdbc, DistrictScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /**
     * By month of the year asked for, or by year when none is.
     *
     * @throws DomainException FORBIDDEN for anyone but staff and reviewers of a city or district, or a district outside theirs
     */
    public List<Voices> voices(@Nullable Integer year, @Nullable String districtCode, Actor viewer) {
        Set<String> districts = scope.districts(viewer);
        if (districts != null && districts.isEmpty()) {
            throw DomainException.forbidden("consultation.statistics.not-allowed");
        }
        if (districts != null && districtCode != null && !districts.contains(districtCode)) {
            throw DomainException.forbidden("identity.scope.outside", districtCode);
        }
        return jdbc.sql("select to_char(month, :pattern) as period, category, sum(attendees) as attendees, sum(seconds) as seconds"
                        + " from consultation_voice_rollup"
                        + " where (cast(:year as int) is null or extract(year from month) = :year)"
                        + " and (cast(:district as text) is null or district_code = :district)"
                        + " and (:all or district_code = any(:districts)) group by 1, 2 order by 1, 2")
                .param("pattern", year == null ? "YYYY" : "YYYY-MM").param("year", year).param("district", districtCode)
                .param("all", districts == null)
                .param("districts", districts == null ? new String[0] : districts.toArray(String[]::new))
                .query((rs, row) -> new Voices(rs.getString("period"), ParticipantCategory.valueOf(rs.getString("category")),
                        rs.getLong("attendees"), rs.getLong("seconds")))
                .list();
    }
}
