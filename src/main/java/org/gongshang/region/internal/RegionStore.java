package org.gongshang.region.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.gongshang.region.Region;
import org.gongshang.region.RegionLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The region table. Each row keeps its materialised path ({@code /511700/511702/}) so that "this
 * region and everything below" is one indexed prefix query.
 */
@Repository
public class RegionStore {

    private static final String COLUMNS = "code, name, level, parent_code, active";

    private final JdbcClient jdbc;

    RegionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Region> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from region where code = :code")
                .param("code", code).query(RegionStore::map).optional();
    }

    public List<Region> children(String code, boolean includeInactive) {
        return jdbc.sql("select " + COLUMNS + " from region where parent_code = :code"
                        + (includeInactive ? "" : " and active") + " order by code")
                .param("code", code).query(RegionStore::map).list();
    }

    public List<Region> roots() {
        return jdbc.sql("select " + COLUMNS + " from region where parent_code is null order by code")
                .query(RegionStore::map).list();
    }

    /** The region itself and all below it, active or not. */
    public List<String> codesWithin(String code) {
        return jdbc.sql("""
                select code from region
                where path like (select path from region where code = :code) || '%'""")
                .param("code", code).query(String.class).list();
    }

    public boolean isWithin(String code, String ancestor) {
        return jdbc.sql("""
                select exists (select 1 from region r, region a
                               where r.code = :code and a.code = :ancestor and r.path like a.path || '%')""")
                .param("code", code).param("ancestor", ancestor).query(Boolean.class).single();
    }

    /** Active regions of a level below the given one, ordered by code. */
    public List<Region> below(String code, RegionLevel level) {
        return jdbc.sql("select " + COLUMNS + """
                 from region
                where active and level = :level
                  and path like (select path from region where code = :code) || '%'
                order by code""")
                .param("code", code).param("level", level.name()).query(RegionStore::map).list();
    }

    public Optional<String> path(String code) {
        return jdbc.sql("select path from region where code = :code").param("code", code).query(String.class).optional();
    }

    public void insert(Region region) {
        String parentPath = region.parentCode() == null ? "/" : path(region.parentCode()).orElseThrow();
        jdbc.sql("""
                insert into region (code, name, level, parent_code, path, active)
                values (:code, :name, :level, :parent, :path, :active)""")
                .param("code", region.code()).param("name", region.name()).param("level", region.level().name())
                .param("parent", region.parentCode()).param("path", parentPath + region.code() + "/")
                .param("active", region.active())
                .update();
    }

    public void rename(String code, String name) {
        jdbc.sql("update region set name = :name where code = :code").param("name", name).param("code", code).update();
    }

    /** Deactivating a region deactivates everything below it; reactivating only the region itself. */
    public void setActive(String code, boolean active) {
        if (active) {
            jdbc.sql("update region set active = true where code = :code").param("code", code).update();
        } else {
            jdbc.sql("update region set active = false where path like (select path from region where code = :code) || '%'")
                    .param("code", code).update();
        }
    }

    public long count() {
        return jdbc.sql("select count(*) from region").query(Long.class).single();
    }

    private static Region map(ResultSet rs, int row) throws SQLException {
        @Nullable String parent = rs.getString("parent_code");
        return new Region(rs.getString("code"), rs.getString("name"), RegionLevel.valueOf(rs.getString("level")),
                parent, rs.getBoolean("active"));
    }
}
