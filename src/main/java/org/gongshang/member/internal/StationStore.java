package org.gongshang.member.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The regions a station covers and the members assigned to it. */
@Repository
public class StationStore {

    private final JdbcClient jdbc;

    StationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void replaceCoverage(long stationId, List<String> regionCodes) {
        jdbc.sql("delete from member_station_coverage where station_id = :station").param("station", stationId).update();
        for (String code : regionCodes) {
            jdbc.sql("insert into member_station_coverage (station_id, region_code) values (:station, :code)")
                    .param("station", stationId).param("code", code).update();
        }
    }

    public List<String> coverage(long stationId) {
        return jdbc.sql("select region_code from member_station_coverage where station_id = :station order by region_code")
                .param("station", stationId).query(String.class).list();
    }

    /** @return false when the member serves there already */
    public boolean addMember(long stationId, long memberId, LocalDate since) {
        return jdbc.sql("""
                insert into member_station_member (station_id, member_id, since) values (:station, :member, :since)
                on conflict do nothing""")
                .param("station", stationId).param("member", memberId).param("since", since).update() > 0;
    }

    public boolean removeMember(long stationId, long memberId) {
        return jdbc.sql("delete from member_station_member where station_id = :station and member_id = :member")
                .param("station", stationId).param("member", memberId).update() > 0;
    }

    public boolean isMember(long stationId, long memberId) {
        return jdbc.sql("select exists (select 1 from member_station_member where station_id = :station and member_id = :member)")
                .param("station", stationId).param("member", memberId).query(Boolean.class).single();
    }
}
