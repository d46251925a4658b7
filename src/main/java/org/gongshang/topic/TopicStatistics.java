package org.gongshang.topic;

import java.util.List;
import java.util.Set;

import org.gongshang.identity.Actor;
import org.gongshang.identity.DistrictScope;
import org.gongshang.shared.DomainException;
import org.gongshang.topic.TopicTally.By;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Topics counted for the dashboard from the roll-up every stored topic keeps current (a few thousand
 * rows, never the topics). Staff and reviewers only: a city's see every district and the city's own
 * topics, a district's their district; asking for a district outside theirs is 403.
 */
@Service
public class TopicStatistics {

    private static final String WHERE = """
             where (cast(:year as int) is null or extract(year from month) = :year)
               and (cast(:district as text) is null or district_code = :district)
               and (:all or district_code = any(:districts))""";

    private final JdbcClient jdbc;
    private final DistrictScope scope;

    TopicStatistics(JdbcClient jdbc, DistrictScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    /**
     * Topics by two dimensions for a year (all years when null) and district (all the viewer's when null).
     *
     * @throws DomainException FORBIDDEN for anyone but staff and reviewers of a city or district, or a
     *     district outside theirs
     */
    public List<TopicTally> tally(By rows, By columns, @Nullable Integer year, @Nullable String districtCode, Actor viewer) {
        Set<String> districts = scope.districts(viewer);
        if (districts != null && districts.isEmpty()) {
            throw DomainException.forbidden("topic.statistics.not-allowed");
        }
        if (districts != null && districtCode != null && !districts.contains(districtCode)) {
            throw DomainException.forbidden("identity.scope.outside", districtCode);
        }
        String only = rows == By.DECLINE_REASON || columns == By.DECLINE_REASON ? " and status in ('DECLINED', 'MERGED')" : "";
        return jdbc.sql("select " + expression(rows) + " as r, " + expression(columns) + " as c, sum(topics) as n from topic_rollup "
                        + WHERE + only + " group by 1, 2 having sum(topics) <> 0 order by 1, 2")
                .param("year", year).param("district", districtCode).param("all", districts == null)
                .param("districts", districts == null ? new String[0] : districts.toArray(String[]::new))
                .query((rs, row) -> new TopicTally(rs.getString("r"), rs.getString("c"), rs.getLong("n"))).list();
    }

    private static String expression(By by) {
        return switch (by) {
            case MONTH -> "to_char(month, 'YYYY-MM')";
            case YEAR -> "to_char(month, 'YYYY')";
            case DISTRICT -> "district_code";
            case SOURCE -> "source";
            case CATEGORY -> "category";
            case STATUS -> "status";
            case DECISION -> "case status when 'SUBMITTED' then 'WAITING' when 'DECLINED' then 'DECLINED'"
                    + " when 'MERGED' then 'MERGED' else 'ACCEPTED' end";
            case DECLINE_REASON -> "case when status = 'MERGED' then 'DUPLICATE' else decline_reason end";
        };
    }
}
