package org.gongshang.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.gongshang.member.PublicProfile.StationLink;
import org.gongshang.member.internal.MemberPhotoStore;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Members' public profiles: what each allows the public to see, nothing else. */
@Service
public class PublicProfiles {

    private final Members members;
    private final MemberPhotoStore photos;
    private final JdbcClient jdbc;
    private final Clock clock;

    PublicProfiles(Members members, MemberPhotoStore photos, JdbcClient jdbc, Clock clock) {
        this.members = members;
        this.photos = photos;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @throws DomainException NOT_FOUND for an unknown member, one who left, or one whose profile is not public */
    public PublicProfile get(long memberId) {
        Member member = members.find(memberId).filter(m -> m.active() && m.visibility().publicProfile())
                .orElseThrow(() -> DomainException.notFound("member.unknown", memberId));
        ProfileVisibility shows = member.visibility();
        List<StationLink> stations = shows.station() ? jdbc.sql("""
                select s.id, s.name from member_station s join member_station_member sm on sm.station_id = s.id
                where sm.member_id = :member and s.active order by s.name""")
                .param("member", memberId).query(StationLink.class).list() : List.of();
        Integer duties = shows.duties() ? jdbc.sql("""
                select coalesce(sum(records), 0) from member_duty_tally where member_id = :member and year = :year""")
                .param("member", memberId).param("year", LocalDate.now(clock.withZone(Zones.platform())).getYear())
                .query(Integer.class).single() : null;
        return new PublicProfile(member.id(), member.name(), member.committeeName(), shows.sector() ? member.sectorName() : null,
                stations, duties, photos.exists(memberId));
    }
}
