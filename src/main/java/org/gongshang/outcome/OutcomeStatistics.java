package org.gongshang.outcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.gongshang.identity.Actor;
import org.gongshang.identity.DistrictScope;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The outcome figures of the dashboard, per lead department, from the roll-ups every act keeps current
 * (never the recommendations one by one). Staff and reviewers of a city see every district and the
 * city's own recommendations, those of a district their district; a district outside theirs is 403.
 */
@Service
public class OutcomeStatistics {

    private static final String SCOPE =
            " (cast(:district as text) is null or district_code = :district) and (:all or district_code = any(:districts)) ";

    private final JdbcClient jdbc;
    private final DistrictScope scope;
    private final Clock clock;

    OutcomeStatistics(JdbcClient jdbc, DistrictScope scope, Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * Every lead department with figures, for a year (all years when null) and district (all the viewer's when null).
     *
     * @throws DomainException FORBIDDEN for anyone but staff and reviewers of a city or district, or a district outside theirs
     */
    public List<DepartmentFigures> departments(@Nullable Integer year, @Nullable String districtCode, Actor viewer) {
        Set<String> districts = scope.districts(viewer);
        if (districts != null && districts.isEmpty()) {
            throw DomainException.forbidden("outcome.statistics.not-allowed");
        }
        if (districts != null && districtCode != null && !districts.contains(districtCode)) {
            throw DomainException.forbidden("identity.scope.outside", districtCode);
        }
        return jdbc.sql("""
                with facts as (
                    select organization_id, sum(transferred) as transferred, sum(replied_on_time) as on_time,
                           sum(replied_late) as late, sum(solved) as solved, sum(being_solved) as being,
                           sum(for_reference) as reference, sum(satisfied) as satisfied, sum(basically_satisfied) as basically,
                           sum(unsatisfied) as unsatisfied, sum(not_rated) as not_rated
                    from outcome_rollup
                    where (cast(:year as int) is null or extract(year from month) = :year) and""" + SCOPE + """
                    group by organization_id),
                handled as (
                    select organization_id, sum(recommendations) as now,
                           sum(recommendations) filter (where due_on < :today) as overdue
                    from outcome_open_rollup where""" + SCOPE + """
                    group by organization_id having sum(recommendations) <> 0)
                select coalesce(f.organization_id, h.organization_id) as organization_id,
                       coalesce(f.transferred, 0) as transferred, coalesce(f.on_time, 0) as on_time, coalesce(f.late, 0) as late,
                       coalesce(f.solved, 0) as solved, coalesce(f.being, 0) as being, coalesce(f.reference, 0) as reference,
                       coalesce(f.satisfied, 0) as satisfied, coalesce(f.basically, 0) as basically,
                       coalesce(f.unsatisfied, 0) as unsatisfied, coalesce(f.not_rated, 0) as not_rated,
                       coalesce(h.now, 0) as now, coalesce(h.overdue, 0) as overdue
                from facts f full join handled h on h.organization_id = f.organization_id
                order by 1""")
                .param("year", year).param("district", districtCode).param("all", districts == null)
                .param("districts", districts == null ? new String[0] : districts.toArray(String[]::new))
                .param("today", LocalDate.now(clock.withZone(Zones.platform())))
                .query((rs, row) -> new DepartmentFigures(rs.getLong("organization_id"), rs.getLong("transferred"),
                        rs.getLong("on_time"), rs.getLong("late"), rs.getLong("solved"), rs.getLong("being"),
                        rs.getLong("reference"), rs.getLong("satisfied"), rs.getLong("basically"), rs.getLong("unsatisfied"),
                        rs.getLong("not_rated"), rs.getLong("now"), rs.getLong("overdue")))
                .list();
    }
}
