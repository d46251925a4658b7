package org.gongshang.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gongshang.audit.AuditEntry;
import org.gongshang.audit.AuditQuery;
import org.gongshang.shared.Zones;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The audit_entry table: inserts, searches and deletions past retention; the database refuses the rest. */
@Repository
public class AuditStore {

    private static final String COLUMNS = "id, occurred_at, action, actor_id, subject_type, subject_id, details::text as details, client_ip";
    private static final TypeReference<LinkedHashMap<String, Object>> DETAILS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Instant occurredAt, String action, @Nullable Long actorId, String subjectType, String subjectId,
            Map<String, String> details, @Nullable String clientIp) {
        jdbc.sql("""
                insert into audit_entry (occurred_at, action, actor_id, subject_type, subject_id, details, client_ip)
                values (:occurredAt, :action, :actor, :subjectType, :subjectId, cast(:details as jsonb), :ip)""")
                .param("occurredAt", Timestamp.from(occurredAt)).param("action", action).param("actor", actorId)
                .param("subjectType", subjectType).param("subjectId", subjectId)
                .param("details", json.writeValueAsString(details)).param("ip", clientIp)
                .update();
    }

    /** Newest first; {@code limit} rows from the query's page on. */
    public List<AuditEntry> search(AuditQuery query, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit_entry where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.actionPrefix() != null) {
            sql.append(" and action like :action escape '\\'");
            params.put("action", likePrefix(query.actionPrefix()));
        }
        if (query.actorId() != null) {
            sql.append(" and actor_id = :actor");
            params.put("actor", query.actorId());
        }
        if (query.subjectType() != null) {
            sql.append(" and subject_type = :subjectType");
            params.put("subjectType", query.subjectType());
        }
        if (query.subjectId() != null) {
            sql.append(" and subject_id = :subjectId");
            params.put("subjectId", query.subjectId());
        }
        if (query.from() != null) {
            sql.append(" and occurred_at >= :from");
            params.put("from", Timestamp.from(query.from().atStartOfDay(Zones.platform()).toInstant()));
        }
        if (query.to() != null) {
            sql.append(" and occurred_at < :to");
            params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(Zones.platform()).toInstant()));
        }
        sql.append(" order by occurred_at desc, id desc limit :limit offset :offset");
        params.put("limit", limit);
        params.put("offset", (long) query.page() * query.size());
        return jdbc.sql(sql.toString()).params(params).query(this::map).list();
    }

    /** Writes the retention the database's trigger checks deletions against. */
    void setRetention(int days) {
        jdbc.sql("update audit_retention set days = :days").param("days", days).update();
    }

    int deleteOlderThan(int days) {
        return jdbc.sql("delete from audit_entry where occurred_at < now() - make_interval(days => :days)")
                .param("days", days).update();
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private AuditEntry map(ResultSet rs, int row) throws SQLException {
        Map<String, String> details = new LinkedHashMap<>();
        json.readValue(rs.getString("details"), DETAILS).forEach((key, value) -> details.put(key, String.valueOf(value)));
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("action"),
                rs.getObject("actor_id", Long.class), rs.getString("subject_type"), rs.getString("subject_id"),
                details, rs.getString("client_ip"));
    }
}
