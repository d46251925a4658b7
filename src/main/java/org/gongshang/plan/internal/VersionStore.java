package org.gongshang.plan.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gongshang.plan.ConsultationForm;
import org.gongshang.plan.PlanStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Versions of plans with their items, in plain SQL. Saving a version brings its items in step. */
@Repository
public class VersionStore {

    private final JdbcClient jdbc;

    VersionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new version and its items; returns its id. */
    public long insert(PlanVersion version) {
        long id = jdbc.sql("""
                insert into plan_version (plan_id, number, status, created_by, created_at)
                values (:plan, :number, :status, :by, :at)
                returning id""")
                .param("plan", version.planId()).param("number", version.number()).param("status", version.status().name())
                .param("by", version.createdBy()).param("at", Timestamp.from(version.createdAt()))
                .query(Long.class).single();
        saveItems(id, version);
        return id;
    }

    /** Writes the version's state and its items: removed ones deleted, changed ones updated, new ones inserted. */
    public void update(PlanVersion version) {
        long id = java.util.Objects.requireNonNull(version.id(), "a stored version");
        jdbc.sql("""
                update plan_version set status = :status, submitted_by = :submittedBy, submitted_at = :submittedAt,
                    decided_by = :decidedBy, decided_at = :decidedAt, comment = :comment
                where id = :id""")
                .param("status", version.status().name()).param("submittedBy", version.submittedBy())
                .param("submittedAt", timestamp(version.submittedAt())).param("decidedBy", version.decidedBy())
                .param("decidedAt", timestamp(version.decidedAt())).param("comment", version.comment())
                .param("id", id).update();
        saveItems(id, version);
    }

    /** The newest version of a plan. */
    public Optional<PlanVersion> latest(long planId) {
        return jdbc.sql("select * from plan_version where plan_id = :plan order by number desc limit 1")
                .param("plan", planId).query(VersionStore::mapVersion).optional().map(this::withItems);
    }

    /** The version in force, if any. */
    public Optional<PlanVersion> inForce(long planId) {
        return jdbc.sql("select * from plan_version where plan_id = :plan and status = 'APPROVED'")
                .param("plan", planId).query(VersionStore::mapVersion).optional().map(this::withItems);
    }

    public Optional<PlanVersion> find(long planId, int number) {
        return jdbc.sql("select * from plan_version where plan_id = :plan and number = :number")
                .param("plan", planId).param("number", number).query(VersionStore::mapVersion).optional().map(this::withItems);
    }

    /** All versions of a plan, newest first. */
    public List<PlanVersion> all(long planId) {
        return jdbc.sql("select * from plan_version where plan_id = :plan order by number desc")
                .param("plan", planId).query(VersionStore::mapVersion).list().stream().map(this::withItems).toList();
    }

    private void saveItems(long versionId, PlanVersion version) {
        List<PlanItem> items = version.itemsInOrder();
        List<Long> kept = items.stream().map(PlanItem::id).filter(java.util.Objects::nonNull).toList();
        jdbc.sql("delete from plan_item where version_id = :version and not (id = any(cast(:kept as bigint[])))")
                .param("version", versionId).param("kept", kept.toArray(Long[]::new)).update();
        for (int position = 0; position < items.size(); position++) {
            PlanItem item = items.get(position);
            if (item.id() == null) {
                long id = jdbc.sql("""
                        insert into plan_item (version_id, position, topic_id, month, form, lead_member_ids, department_ids)
                        values (:version, :position, :topic, :month, :form, cast(:leads as bigint[]), cast(:departments as bigint[]))
                        returning id""")
                        .param("version", versionId).param("position", position).param("topic", item.topicId())
                        .param("month", item.month()).param("form", item.form().name())
                        .param("leads", item.leadMemberIds().toArray(Long[]::new))
                        .param("departments", item.departmentIds().toArray(Long[]::new))
                        .query(Long.class).single();
                version.stored(position, id);
            } else {
                jdbc.sql("""
                        update plan_item set position = :position, month = :month, form = :form,
                            lead_member_ids = cast(:leads as bigint[]), department_ids = cast(:departments as bigint[])
                        where id = :id and version_id = :version""")
                        .param("position", position).param("month", item.month()).param("form", item.form().name())
                        .param("leads", item.leadMemberIds().toArray(Long[]::new))
                        .param("departments", item.departmentIds().toArray(Long[]::new))
                        .param("id", item.id()).param("version", versionId).update();
            }
        }
    }

    private PlanVersion withItems(Row row) {
        List<PlanItem> items = jdbc.sql("select * from plan_item where version_id = :version order by position, id")
                .param("version", row.id()).query(VersionStore::mapItem).list();
        return new PlanVersion(row.id(), row.planId(), row.number(), row.status(), items, row.createdBy(), row.createdAt(),
                row.submittedBy(), row.submittedAt(), row.decidedBy(), row.decidedAt(), row.comment());
    }

    /** Item counts of several versions at once, for the version history. */
    public Map<Long, Integer> itemCounts(List<Long> versionIds) {
        return jdbc.sql("select version_id, count(*) as n from plan_item where version_id = any(cast(:ids as bigint[])) group by version_id")
                .param("ids", versionIds.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong("version_id"), rs.getInt("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private record Row(long id, long planId, int number, PlanStatus status, long createdBy, Instant createdAt,
            @Nullable Long submittedBy, @Nullable Instant submittedAt, @Nullable Long decidedBy, @Nullable Instant decidedAt,
            @Nullable String comment) {
    }

    private static Row mapVersion(ResultSet rs, int row) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("number"), PlanStatus.valueOf(rs.getString("status")),
                rs.getLong("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getObject("submitted_by", Long.class),
                instant(rs.getTimestamp("submitted_at")), rs.getObject("decided_by", Long.class),
                instant(rs.getTimestamp("decided_at")), rs.getString("comment"));
    }

    private static PlanItem mapItem(ResultSet rs, int row) throws SQLException {
        return new PlanItem(rs.getLong("id"), rs.getLong("topic_id"), rs.getInt("month"),
                ConsultationForm.valueOf(rs.getString("form")), ids(rs.getArray("lead_member_ids")),
                ids(rs.getArray("department_ids")));
    }

    private static List<Long> ids(Array array) throws SQLException {
        return Arrays.asList((Long[]) array.getArray());
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
