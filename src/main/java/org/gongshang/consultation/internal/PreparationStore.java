package org.gongshang.consultation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gongshang.consultation.Attachment;
import org.gongshang.consultation.BriefingMaterial;
import org.gongshang.consultation.ImplementationPlan;
import org.gongshang.consultation.ResearchTask;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Preparation (商前准备): briefing materials and who read them, research tasks, the implementation plan. */
@Repository
public class PreparationStore {

    private final JdbcClient jdbc;

    PreparationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- attachments ----------------------------------------------------------------------------

    public long insertAttachment(long consultationId, String ownerType, long ownerId, String filename, String contentType,
            long size, String storageKey, long uploadedBy) {
        return jdbc.sql("""
                insert into consultation_attachment (consultation_id, owner_type, owner_id, filename, content_type, size_bytes,
                    storage_key, uploaded_by)
                values (:consultation, :ownerType, :owner, :filename, :contentType, :size, :key, :by) returning id""")
                .param("consultation", consultationId).param("ownerType", ownerType).param("owner", ownerId)
                .param("filename", filename).param("contentType", contentType).param("size", size).param("key", storageKey)
                .param("by", uploadedBy).query(Long.class).single();
    }

    /** An attachment with where its bytes are and what it belongs to. */
    public record StoredAttachment(Attachment attachment, long consultationId, String ownerType, long ownerId, String storageKey) {
    }

    public Optional<StoredAttachment> attachment(long id) {
        return jdbc.sql("select * from consultation_attachment where id = :id").param("id", id)
                .query((rs, n) -> new StoredAttachment(new Attachment(rs.getLong("id"), rs.getString("filename"),
                        rs.getString("content_type"), rs.getLong("size_bytes")), rs.getLong("consultation_id"),
                        rs.getString("owner_type"), rs.getLong("owner_id"), rs.getString("storage_key")))
                .optional();
    }

    private Map<Long, List<Attachment>> attachments(long consultationId, String ownerType) {
        return jdbc.sql("select * from consultation_attachment where consultation_id = :id and owner_type = :type order by id")
                .param("id", consultationId).param("type", ownerType)
                .query((rs, n) -> Map.entry(rs.getLong("owner_id"), new Attachment(rs.getLong("id"), rs.getString("filename"),
                        rs.getString("content_type"), rs.getLong("size_bytes"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    // ---- briefing materials ---------------------------------------------------------------------

    public long insertMaterial(long consultationId, String title, String body, long createdBy, Instant at) {
        return jdbc.sql("insert into briefing_material (consultation_id, title, body, created_by, created_at) values (:id, :title, :body, :by, :at) returning id")
                .param("id", consultationId).param("title", title).param("body", body).param("by", createdBy)
                .param("at", Rows.timestamp(at)).query(Long.class).single();
    }

    public List<BriefingMaterial> materials(long consultationId) {
        Map<Long, List<Attachment>> files = attachments(consultationId, "MATERIAL");
        return jdbc.sql("select * from briefing_material where consultation_id = :id order by created_at, id").param("id", consultationId)
                .query((rs, n) -> new BriefingMaterial(rs.getLong("id"), rs.getLong("consultation_id"), rs.getString("title"),
                        rs.getString("body"), files.getOrDefault(rs.getLong("id"), List.of()), Rows.requiredInstant(rs, "created_at")))
                .list();
    }

    public void markRead(long materialId, long participantId, Instant at) {
        jdbc.sql("insert into material_read (material_id, participant_id, read_at) values (:material, :participant, :at) on conflict do nothing")
                .param("material", materialId).param("participant", participantId).param("at", Rows.timestamp(at)).update();
    }

    /** Material id → ids of the participants who marked it read. */
    public Map<Long, List<Long>> readers(long consultationId) {
        return jdbc.sql("""
                select r.material_id, r.participant_id from material_read r
                join briefing_material m on m.id = r.material_id where m.consultation_id = :id""")
                .param("id", consultationId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** Material id → participant id → when they marked it read. */
    public Map<Long, Map<Long, Instant>> readTimes(long consultationId) {
        Map<Long, Map<Long, Instant>> times = new HashMap<>();
        jdbc.sql("""
                select r.material_id, r.participant_id, r.read_at from material_read r
                join briefing_material m on m.id = r.material_id where m.consultation_id = :id""")
                .param("id", consultationId)
                .query((RowCallbackHandler) rs -> times
                        .computeIfAbsent(rs.getLong(1), m -> new HashMap<>())
                        .put(rs.getLong(2), Rows.requiredInstant(rs, "read_at")));
        return times;
    }

    // ---- research tasks -------------------------------------------------------------------------

    public long insertResearchTask(long consultationId, String title, LocalDate dueOn, List<Long> assignees) {
        long id = jdbc.sql("insert into research_task (consultation_id, title, due_on) values (:id, :title, :dueOn) returning id")
                .param("id", consultationId).param("title", title).param("dueOn", dueOn).query(Long.class).single();
        for (long account : assignees.stream().distinct().toList()) {
            jdbc.sql("insert into research_task_assignee (task_id, account_id) values (:task, :account)")
                    .param("task", id).param("account", account).update();
        }
        return id;
    }

    private static final String TASK_SELECT = """
            select t.*, array(select account_id from research_task_assignee a where a.task_id = t.id order by account_id) as assignees
            from research_task t""";

    public List<ResearchTask> researchTasks(long consultationId) {
        Map<Long, List<Attachment>> files = attachments(consultationId, "RESEARCH");
        return jdbc.sql(TASK_SELECT + " where t.consultation_id = :id order by t.due_on, t.id").param("id", consultationId)
                .query((rs, n) -> mapTask(rs, files)).list();
    }

    public Optional<ResearchTask> researchTask(long taskId) {
        return jdbc.sql(TASK_SELECT + " where t.id = :id").param("id", taskId).query((rs, n) -> mapTask(rs, Map.of())).optional();
    }

    public void saveReport(ResearchTask task, long reportedBy) {
        jdbc.sql("update research_task set status = :status, report = :report, reported_at = :at, reported_by = :by where id = :id")
                .param("status", task.status().name()).param("report", task.report()).param("at", Rows.timestamp(task.reportedAt()))
                .param("by", reportedBy).param("id", task.id()).update();
    }

    /**
     * Claims today's reminders: marks the open overdue tasks not yet reminded today and returns them.
     * The conditional update makes the job idempotent, and safe when several nodes run it at once.
     */
    public List<ResearchTask> claimOverdue(LocalDate today) {
        List<Long> ids = jdbc.sql("""
                update research_task set last_reminded_on = :today
                where status = 'OPEN' and due_on < :today and (last_reminded_on is null or last_reminded_on < :today)
                returning id""")
                .param("today", today).query(Long.class).list();
        return ids.stream().map(this::researchTask).flatMap(Optional::stream).toList();
    }

    private static ResearchTask mapTask(java.sql.ResultSet rs, Map<Long, List<Attachment>> files) throws java.sql.SQLException {
        return new ResearchTask(rs.getLong("id"), rs.getLong("consultation_id"), rs.getString("title"), Rows.longs(rs, "assignees"),
                rs.getObject("due_on", LocalDate.class), ResearchTask.Status.valueOf(rs.getString("status")),
                rs.getString("report"), Rows.instant(rs, "reported_at"), files.getOrDefault(rs.getLong("id"), List.of()));
    }

    // ---- implementation plan --------------------------------------------------------------------

    public void savePlan(long consultationId, String objectives, String steps, long by, Instant at) {
        jdbc.sql("""
                insert into implementation_plan (consultation_id, objectives, steps, updated_by, updated_at)
                values (:id, :objectives, :steps, :by, :at)
                on conflict (consultation_id) do update set objectives = excluded.objectives, steps = excluded.steps,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .param("id", consultationId).param("objectives", objectives).param("steps", steps).param("by", by)
                .param("at", Rows.timestamp(at)).update();
    }

    public ImplementationPlan plan(long consultationId) {
        var tasks = jdbc.sql("select * from plan_task where consultation_id = :id order by due_on, id").param("id", consultationId)
                .query((rs, n) -> new ImplementationPlan.Task(rs.getLong("id"), rs.getString("description"),
                        Rows.nullableLong(rs, "owner_account_id"), rs.getString("owner_name"),
                        rs.getObject("due_on", LocalDate.class), rs.getBoolean("done")))
                .list();
        return jdbc.sql("select objectives, steps from implementation_plan where consultation_id = :id").param("id", consultationId)
                .query((rs, n) -> new ImplementationPlan(consultationId, rs.getString("objectives"), rs.getString("steps"), tasks))
                .optional().orElse(new ImplementationPlan(consultationId, "", "", tasks));
    }

    public long insertPlanTask(long consultationId, String description, @Nullable Long ownerAccountId, String ownerName, LocalDate dueOn) {
        return jdbc.sql("insert into plan_task (consultation_id, description, owner_account_id, owner_name, due_on) values (:id, :description, :owner, :ownerName, :dueOn) returning id")
                .param("id", consultationId).param("description", description).param("owner", ownerAccountId)
                .param("ownerName", ownerName).param("dueOn", dueOn).query(Long.class).single();
    }

    public int setPlanTaskDone(long consultationId, long taskId, boolean done) {
        return jdbc.sql("update plan_task set done = :done where id = :id and consultation_id = :consultation")
                .param("done", done).param("id", taskId).param("consultation", consultationId).update();
    }
}
