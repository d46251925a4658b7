package org.gongshang.member;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gongshang.identity.Actor;
import org.gongshang.member.internal.MemberAccess;
import org.gongshang.region.Organization;
import org.gongshang.region.Organizations;
import org.gongshang.region.Region;
import org.gongshang.region.Regions;
import org.gongshang.shared.DomainException;
import org.gongshang.shared.Zones;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Members as the pages, the API and other modules read them. Changes go through
 * {@link MemberRegistration} and {@link MemberImport}.
 */
@Service
public class Members {

    static final int PAGE_SIZE = 50;

    private static final String MEMBER = """
            select m.id, m.account_id, m.committee_id, m.name, m.term, m.term_start_year, m.term_end_year, m.sector_id,
                   s.name as sector_name, m.special_committee, m.position, m.work_unit, m.title, m.expertise,
                   m.public_profile, m.show_sector, m.show_station, m.show_duties, m.active
            from member_profile m join member_sector s on s.id = m.sector_id
            """;

    /** The search as SQL parameters; {@code committees} are those the viewer may see. */
    private record Query(List<Long> committees, @Nullable Long committeeId, @Nullable Long sectorId,
            boolean anyPlace, List<String> places, @Nullable String text, boolean includeInactive, int limit, int offset,
            LocalDate today) {
    }

    private static final String MATCHING = """
            where m.committee_id in (:committees)
              and (cast(:committeeId as bigint) is null or m.committee_id = :committeeId)
              and (cast(:sectorId as bigint) is null or m.sector_id = :sectorId)
              and (:includeInactive or m.active)
              and (cast(:text as text) is null or m.name like '%' || :text || '%' or m.work_unit like '%' || :text || '%'
                   or :text = any (m.expertise))
              and (:anyPlace or m.id in (
                   select r.member_id from member_residence_report r
                   where r.status = 'CONFIRMED' and r.community_code in (:places)
                   union
                   select a.member_id from member_assignment a
                   where a.ends_on >= cast(:today as date) and a.community_code in (:places)))
            """;

    private final JdbcClient jdbc;
    private final MemberAccess access;
    private final Organizations organizations;
    private final Regions regions;
    private final Clock clock;

    Members(JdbcClient jdbc, MemberAccess access, Organizations organizations, Regions regions, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.organizations = organizations;
        this.regions = regions;
        this.clock = clock;
    }

    public Optional<Member> find(long id) {
        return jdbc.sql(MEMBER + "where m.id = :id").param("id", id).query((rs, n) -> member(rs, new HashMap<>())).optional();
    }

    /** @throws DomainException NOT_FOUND */
    public Member get(long id) {
        return find(id).orElseThrow(() -> DomainException.notFound("member.unknown", id));
    }

    /**
     * A member for the member themself or staff of the committee's region; anyone else finds nothing.
     *
     * @throws DomainException NOT_FOUND
     */
    public Member get(long id, Actor viewer) {
        Member member = get(id);
        if (member.accountId() != viewer.accountId()) {
            access.requireStaffReading(viewer, organizations.get(member.committeeId()).regionCode(), "member.unknown", id);
        }
        return member;
    }

    /** The member profiles of an account (one per committee it sits on), active first. */
    public List<Member> ofAccount(long accountId) {
        Map<Long, String> names = new HashMap<>();
        return jdbc.sql(MEMBER + "where m.account_id = :account order by m.active desc, m.id").param("account", accountId)
                .query((rs, n) -> member(rs, names)).list();
    }

    /** The member profile the account acts as on its own pages: the first active one. */
    public Optional<Member> mine(Actor actor) {
        return ofAccount(actor.accountId()).stream().filter(Member::active).findFirst();
    }

    /**
     * The members of the committees the viewer works for, matching the search, by name; a page of {@link #PAGE_SIZE}.
     *
     * @throws DomainException INVALID at the field {@code region} for an unknown region
     */
    public List<MemberListing> search(MemberSearch search, Actor viewer, int page) {
        return search(search, viewer, PAGE_SIZE, Math.max(page, 0) * PAGE_SIZE);
    }

    public List<MemberListing> search(MemberSearch search, Actor viewer, int limit, int offset) {
        Query query = query(search, viewer, limit, offset);
        if (query.committees().isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select m.id, m.account_id, m.name, m.committee_id, s.name as sector_name, m.position, m.work_unit, m.active
                from member_profile m join member_sector s on s.id = m.sector_id
                """ + MATCHING + " order by m.active desc, m.name, m.id limit :limit offset :offset")
                .paramSource(query).query(MemberListing.class).list();
    }

    public int count(MemberSearch search, Actor viewer) {
        Query query = query(search, viewer, 0, 0);
        return query.committees().isEmpty() ? 0
                : jdbc.sql("select count(*) from member_profile m " + MATCHING).paramSource(query).query(Integer.class).single();
    }

    /** Active members of a committee, by name: for rosters, notices and pickers. */
    public List<MemberListing> activeOf(long committeeId) {
        return jdbc.sql("""
                select m.id, m.account_id, m.name, m.committee_id, s.name as sector_name, m.position, m.work_unit, m.active
                from member_profile m join member_sector s on s.id = m.sector_id
                where m.committee_id = :committee and m.active order by m.name, m.id""")
                .param("committee", committeeId).query(MemberListing.class).list();
    }

    /**
     * The active members present in a community: reporting to it (confirmed), assigned to it today,
     * or serving at an active station that covers it or its street or township. Each member once,
     * for the first of these reasons.
     */
    public List<PresentMember> presentIn(String communityCode) {
        List<String> places = regions.find(communityCode).map(region -> regions.lineage(region.code()).stream()
                .map(Region::code).toList()).orElse(List.of());
        if (places.isEmpty()) {
            return List.of();
        }
        Map<Long, PresentMember> present = new LinkedHashMap<>();
        jdbc.sql("""
                select m.id as member_id, m.account_id, m.name, m.committee_id, 'RESIDENT' as presence, 0 as rank
                from member_residence_report r join member_profile m on m.id = r.member_id
                where r.status = 'CONFIRMED' and r.community_code = :code and m.active
                union all
                select m.id, m.account_id, m.name, m.committee_id, 'ASSIGNED', 1
                from member_assignment a join member_profile m on m.id = a.member_id
                where a.community_code = :code and :today between a.starts_on and a.ends_on and m.active
                union all
                select m.id, m.account_id, m.name, m.committee_id, 'STATION', 2
                from member_station_coverage c join member_station s on s.id = c.station_id
                     join member_station_member sm on sm.station_id = s.id join member_profile m on m.id = sm.member_id
                where c.region_code in (:places) and s.active and m.active
                order by rank, name""")
                .param("code", communityCode).param("places", places).param("today", LocalDate.now(clock.withZone(Zones.platform())))
                .query((rs, n) -> new PresentMember(rs.getLong("member_id"), rs.getLong("account_id"), rs.getString("name"),
                        rs.getLong("committee_id"), PresentMember.Presence.valueOf(rs.getString("presence"))))
                .list().forEach(member -> present.putIfAbsent(member.memberId(), member));
        return List.copyOf(present.values());
    }

    /** Active members of a committee's sector, by name. */
    public List<MemberListing> activeOf(long committeeId, long sectorId) {
        return jdbc.sql("""
                select m.id, m.account_id, m.name, m.committee_id, s.name as sector_name, m.position, m.work_unit, m.active
                from member_profile m join member_sector s on s.id = m.sector_id
                where m.committee_id = :committee and m.sector_id = :sector and m.active order by m.name, m.id""")
                .param("committee", committeeId).param("sector", sectorId).query(MemberListing.class).list();
    }

    private Query query(MemberSearch search, Actor viewer, int limit, int offset) {
        if (search.regionCode() != null && regions.find(search.regionCode()).isEmpty()) {
            throw DomainException.invalidField("region", "member.region.unknown", search.regionCode());
        }
        List<Long> committees = access.committeesOf(viewer).stream().map(Organization::id).toList();
        List<String> places = search.regionCode() == null ? List.of("-") : List.copyOf(regions.codesWithin(search.regionCode()));
        return new Query(committees, search.committeeId(), search.sectorId(), search.regionCode() == null, places, search.text(),
                search.includeInactive(), limit, offset, LocalDate.now(clock.withZone(Zones.platform())));
    }

    private Member member(ResultSet rs, Map<Long, String> committeeNames) throws SQLException {
        long committeeId = rs.getLong("committee_id");
        String committeeName = committeeNames.computeIfAbsent(committeeId,
                id -> organizations.find(id).map(Organization::name).orElse(""));
        return new Member(rs.getLong("id"), rs.getLong("account_id"), committeeId, committeeName, rs.getString("name"),
                rs.getString("term"), rs.getInt("term_start_year"), rs.getInt("term_end_year"), rs.getLong("sector_id"),
                rs.getString("sector_name"), rs.getString("special_committee"), MemberPosition.valueOf(rs.getString("position")),
                rs.getString("work_unit"), rs.getString("title"), strings(rs, "expertise"),
                new ProfileVisibility(rs.getBoolean("public_profile"), rs.getBoolean("show_sector"),
                        rs.getBoolean("show_station"), rs.getBoolean("show_duties")),
                rs.getBoolean("active"));
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
