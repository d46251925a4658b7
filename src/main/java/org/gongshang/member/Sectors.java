package org.gongshang.member;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** A committee's sectors (界别), as the pages and the import read them. Changes go through {@link SectorMaintenance}. */
@Service
public class Sectors {

    private static final String SECTOR = "select id, committee_id, name, position, active from member_sector ";

    private final JdbcClient jdbc;
    private final MemberProperties properties;

    Sectors(JdbcClient jdbc, MemberProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The names a member's sector is chosen from: the committee's active ones, or the list it will start with. */
    public List<String> choices(long committeeId) {
        List<Sector> all = of(committeeId);
        return all.isEmpty() ? properties.defaultSectors() : all.stream().filter(Sector::active).map(Sector::name).toList();
    }

    public List<Sector> of(long committeeId) {
        return jdbc.sql(SECTOR + "where committee_id = :committee order by position, id").param("committee", committeeId)
                .query(Sector.class).list();
    }

    public List<Sector> active(long committeeId) {
        return of(committeeId).stream().filter(Sector::active).toList();
    }

    public Optional<Sector> activeByName(long committeeId, String name) {
        return jdbc.sql(SECTOR + "where committee_id = :committee and name = :name and active")
                .param("committee", committeeId).param("name", name.strip()).query(Sector.class).optional();
    }

    public Optional<Sector> find(long id) {
        return jdbc.sql(SECTOR + "where id = :id").param("id", id).query(Sector.class).optional();
    }
}
