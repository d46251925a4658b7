package org.gongshang.member;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.gongshang.member.internal.RuleBook;
import org.gongshang.member.internal.YearTotals;
import org.gongshang.member.internal.YearTotals.Counted;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Duty records and points as members and staff read them: a member's year against the minimums,
 * a committee's ranking (by sector or station too), who is short of a minimum. Points of an
 * activity count up to the year's cap; the tally keeps each member's year by activity.
 */
@Service
public class DutyRecords {

    private static final String RECORD = """
            select d.id, d.member_id, m.name as member_name, d.activity, d.occurred_on, d.title, d.evidence, d.status, d.points,
                   d.review_note
            from member_duty_record d join member_profile m on m.id = d.member_id
            """;

    /** The filters of a ranking, each optional but the committee and the year. */
    public record RankingQuery(long committeeId, int year, @Nullable Long sectorId, @Nullable Long stationId, int offset, int limit) {
    }

    private final JdbcClient jdbc;
    private final RuleBook rules;

    DutyRecords(JdbcClient jdbc, RuleBook rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /** The member's records of a year, newest first. */
    public List<DutyRecord> ofMember(long memberId, int year) {
        return jdbc.sql(RECORD + "where d.member_id = :member and d.year = :year order by d.occurred_on desc, d.id desc")
                .param("member", memberId).param("year", year).query(DutyRecord.class).list();
    }

    /** Records added by hand waiting for staff of the committees. */
    public List<DutyRecord> submitted(List<Long> committeeIds) {
        return committeeIds.isEmpty() ? List.of()
                : jdbc.sql(RECORD + "where d.committee_id in (:committees) and d.status = 'SUBMITTED' order by d.created_at")
                        .param("committees", committeeIds).query(DutyRecord.class).list();
    }

    /** The member's year by activity, with caps applied, and what is missing against the minimums. */
    public DutySummary summary(Member member, int year) {
        Map<DutyActivity, Counted> tally = new EnumMap<>(DutyActivity.class);
        jdbc.sql("select activity, records, points from member_duty_tally where member_id = :member and year = :year")
                .param("member", member.id()).param("year", year)
                .query((ResultSet rs) -> {
                    tally.put(DutyActivity.valueOf(rs.getString("activity")), new Counted(rs.getInt("records"), rs.getInt("points")));
                });
        return YearTotals.summarise(member.id(), year, tally, rules.ofYear(member.committeeId(), year));
    }

    /** A page of the committee's active members by points of the year (capped), highest first. */
    public List<RankingRow> ranking(RankingQuery query) {
        String capped = RuleBook.cappedPoints(rules.ofYear(query.committeeId(), query.year()), "t");
        return jdbc.sql("""
                select rank() over (order by points desc) as rank, member_id, name, sector_name, records, points from (
                    select m.id as member_id, m.name, s.name as sector_name, coalesce(sum(t.records), 0) as records,
                           coalesce(sum(""" + capped + """
                           ), 0) as points
                    from member_profile m join member_sector s on s.id = m.sector_id
                         left join member_duty_tally t on t.member_id = m.id and t.year = :year
                    where m.committee_id = :committeeId and m.active
                      and (cast(:sectorId as bigint) is null or m.sector_id = :sectorId)
                      and (cast(:stationId as bigint) is null
                           or m.id in (select member_id from member_station_member where station_id = :stationId))
                    group by m.id, m.name, s.name) ranked
                order by points desc, records desc, name, member_id
                limit :limit offset :offset""")
                .paramSource(query).query(RankingRow.class).list();
    }

    public int rankingSize(RankingQuery query) {
        return jdbc.sql("""
                select count(*) from member_profile m
                where m.committee_id = :committeeId and m.active
                  and (cast(:sectorId as bigint) is null or m.sector_id = :sectorId)
                  and (cast(:stationId as bigint) is null
                       or m.id in (select member_id from member_station_member where station_id = :stationId))""")
                .paramSource(query).query(Integer.class).single();
    }

    /** Each sector's members and their average points of the year. */
    public List<SectorTotal> bySector(long committeeId, int year) {
        String capped = RuleBook.cappedPoints(rules.ofYear(committeeId, year), "t");
        return jdbc.sql("""
                select sector_name, count(*) as members, coalesce(round(avg(points)), 0) as average from (
                    select s.name as sector_name, m.id, coalesce(sum(""" + capped + """
                           ), 0) as points
                    from member_profile m join member_sector s on s.id = m.sector_id
                         left join member_duty_tally t on t.member_id = m.id and t.year = :year
                    where m.committee_id = :committee and m.active group by s.name, m.id) per_member
                group by sector_name order by average desc, sector_name""")
                .param("committee", committeeId).param("year", year).query(SectorTotal.class).list();
    }

    /** A sector's members and their average points. */
    public record SectorTotal(String sectorName, int members, int average) {
    }

    /** The active members short of a minimum of the year, by activity and name. */
    public List<BelowMinimum> belowMinimum(long committeeId, int year) {
        List<BelowMinimum> below = new ArrayList<>();
        for (PointRule rule : rules.ofYear(committeeId, year).values()) {
            if (rule.yearlyMinimum() == null || rule.yearlyMinimum() == 0) {
                continue;
            }
            below.addAll(jdbc.sql("""
                    select m.id as member_id, m.name, s.name as sector_name, :activity as activity,
                           coalesce(t.records, 0) as records, :minimum as minimum
                    from member_profile m join member_sector s on s.id = m.sector_id
                         left join member_duty_tally t on t.member_id = m.id and t.year = :year and t.activity = :activity
                    where m.committee_id = :committee and m.active and coalesce(t.records, 0) < :minimum
                    order by m.name, m.id""")
                    .param("committee", committeeId).param("year", year).param("activity", rule.activity().name())
                    .param("minimum", rule.yearlyMinimum()).query(BelowMinimum.class).list());
        }
        return below;
    }
}
