package org.gongshang.member;

import java.util.List;
import java.util.Optional;

import org.gongshang.identity.Actor;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.member.internal.StationStore;
import org.gongshang.region.Organization;
import org.gongshang.shared.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Stations as everyone reads them (the active ones) and as staff do. Changes go through {@link StationMaintenance}. */
@Service
public class Stations {

    private static final String LISTING = "select id, name, kind, region_code, address, opening_hours, committee_id, active from member_station ";

    private final JdbcClient jdbc;
    private final StationStore store;
    private final MemberAccess access;

    Stations(JdbcClient jdbc, StationStore store, MemberAccess access) {
        this.jdbc = jdbc;
        this.store = store;
        this.access = access;
    }

    /** The active stations, by name: the public list. */
    public List<StationListing> active() {
        return jdbc.sql(LISTING + "where active order by region_code, name").query(StationListing.class).list();
    }

    /** The stations of the committees the staff member works for, active first. */
    public List<StationListing> forStaff(Actor actor) {
        List<Long> committees = access.committeesOf(actor).stream().map(Organization::id).toList();
        return committees.isEmpty() ? List.of()
                : jdbc.sql(LISTING + "where committee_id in (:committees) order by active desc, region_code, name")
                        .param("committees", committees).query(StationListing.class).list();
    }

    public Optional<Station> find(long id) {
        return jdbc.sql("""
                select id, committee_id, name, kind, region_code, address, opening_hours, contact_name, contact_phone,
                       contact_account_id, description, bookings_per_shift, active
                from member_station where id = :id""").param("id", id)
                .query((rs, n) -> new Station(rs.getLong("id"), rs.getLong("committee_id"), rs.getString("name"),
                        StationKind.valueOf(rs.getString("kind")), rs.getString("region_code"), rs.getString("address"),
                        rs.getString("opening_hours"), rs.getString("contact_name"), rs.getString("contact_phone"),
                        rs.getObject("contact_account_id", Long.class), rs.getString("description"),
                        rs.getInt("bookings_per_shift"), rs.getBoolean("active"), store.coverage(id)))
                .optional();
    }

    /** An active station, as the public sees it. @throws DomainException NOT_FOUND for an unknown or closed one */
    public Station getActive(long id) {
        return find(id).filter(Station::active).orElseThrow(() -> DomainException.notFound("member.station.unknown", id));
    }

    /** Any station, for staff of its committee's region; others find nothing. @throws DomainException NOT_FOUND */
    public Station getForStaff(long id, Actor actor) {
        Station station = find(id).orElseThrow(() -> DomainException.notFound("member.station.unknown", id));
        access.requireStaffReading(actor, access.committee(station.committeeId()).regionCode(), "member.station.unknown", id);
        return station;
    }

    /** The active members serving at the station, by name. */
    public List<MemberListing> members(long stationId) {
        return jdbc.sql("""
                select m.id, m.account_id, m.name, m.committee_id, s.name as sector_name, m.position, m.work_unit, m.active
                from member_station_member sm join member_profile m on m.id = sm.member_id join member_sector s on s.id = m.sector_id
                where sm.station_id = :station and m.active order by m.name, m.id""")
                .param("station", stationId).query(MemberListing.class).list();
    }

    /** Members of the station who show their profile publicly, for the station's public page. */
    public List<PublicProfile.StationLink> publicMembers(long stationId) {
        return jdbc.sql("""
                select m.id, m.name from member_station_member sm join member_profile m on m.id = sm.member_id
                where sm.station_id = :station and m.active and m.public_profile and m.show_station order by m.name, m.id""")
                .param("station", stationId).query(PublicProfile.StationLink.class).list();
    }

    /** The stations a member serves at. */
    public List<StationListing> ofMember(long memberId) {
        return jdbc.sql(LISTING + "where active and id in (select station_id from member_station_member where member_id = :member) order by name")
                .param("member", memberId).query(StationListing.class).list();
    }
}
