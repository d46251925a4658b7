package org.gongshang.region.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.gongshang.region.Organization;
import org.gongshang.region.OrganizationType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisation table. */
@Repository
public class OrganizationStore {

    private static final String COLUMNS = "id, name, type, region_code, parent_id, active";

    private final JdbcClient jdbc;

    OrganizationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Organization> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from organization where id = :id")
                .param("id", id).query(OrganizationStore::map).optional();
    }

    public Optional<Organization> findByName(String name, String regionCode) {
        return jdbc.sql("select " + COLUMNS + " from organization where name = :name and region_code = :region")
                .param("name", name).param("region", regionCode).query(OrganizationStore::map).optional();
    }

    /**
     * @param type only this type, or all
     * @param regionCodes only organisations in these regions, or everywhere when null
     */
    public List<Organization> list(@Nullable OrganizationType type, @Nullable Collection<String> regionCodes,
            boolean includeInactive) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from organization where true");
        if (type != null) {
            sql.append(" and type = :type");
        }
        if (regionCodes != null) {
            sql.append(" and region_code = any(:regions)");
        }
        if (!includeInactive) {
            sql.append(" and active");
        }
        sql.append(" order by region_code, type, name");
        var statement = jdbc.sql(sql.toString());
        if (type != null) {
            statement = statement.param("type", type.name());
        }
        if (regionCodes != null) {
            statement = statement.param("regions", regionCodes.toArray(String[]::new));
        }
        return statement.query(OrganizationStore::map).list();
    }

    public long insert(String name, OrganizationType type, String regionCode, @Nullable Long parentId) {
        return jdbc.sql("""
                insert into organization (name, type, region_code, parent_id)
                values (:name, :type, :region, :parent) returning id""")
                .param("name", name).param("type", type.name()).param("region", regionCode).param("parent", parentId)
                .query(Long.class).single();
    }

    public void update(long id, String name, OrganizationType type, String regionCode, @Nullable Long parentId) {
        jdbc.sql("""
                update organization set name = :name, type = :type, region_code = :region, parent_id = :parent
                where id = :id""")
                .param("id", id).param("name", name).param("type", type.name()).param("region", regionCode)
                .param("parent", parentId).update();
    }

    public void setActive(long id, boolean active) {
        jdbc.sql("update organization set active = :active where id = :id").param("id", id).param("active", active).update();
    }

    private static Organization map(ResultSet rs, int row) throws SQLException {
        return new Organization(rs.getLong("id"), rs.getString("name"), OrganizationType.valueOf(rs.getString("type")),
                rs.getString("region_code"), rs.getObject("parent_id", Long.class), rs.getBoolean("active"));
    }
}
