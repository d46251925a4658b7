package org.gongshang.topic.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.gongshang.topic.Campaign;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CampaignStore {

    private final JdbcClient jdbc;

    CampaignStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String theme, String description, String regionCode, Instant startsAt, Instant endsAt, long createdBy) {
        return jdbc.sql("""
                insert into topic_campaign (theme, description, region_code, starts_at, ends_at, created_by)
                values (:theme, :description, :region, :starts, :ends, :by) returning id""")
                .param("theme", theme).param("description", description).param("region", regionCode)
                .param("starts", Timestamp.from(startsAt)).param("ends", Timestamp.from(endsAt)).param("by", createdBy)
                .query(Long.class).single();
    }

    public Optional<Campaign> find(long id) {
        return jdbc.sql("select * from topic_campaign where id = :id").param("id", id).query(CampaignStore::map).optional();
    }

    /** Newest first; within the regions when given. */
    public List<Campaign> list(@Nullable List<String> regionCodes, int limit) {
        String where = regionCodes == null ? "" : " where region_code in (:regions)";
        var spec = jdbc.sql("select * from topic_campaign" + where + " order by starts_at desc, id desc limit :limit")
                .param("limit", limit);
        if (regionCodes != null) {
            spec = spec.param("regions", regionCodes.isEmpty() ? List.of("-") : regionCodes);
        }
        return spec.query(CampaignStore::map).list();
    }

    private static Campaign map(ResultSet rs, int row) throws SQLException {
        return new Campaign(rs.getLong("id"), rs.getString("theme"), rs.getString("description"), rs.getString("region_code"),
                rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getLong("created_by"));
    }
}
