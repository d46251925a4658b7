package org.gongshang.outcome.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.gongshang.outcome.CoHandlerOpinion;
import org.gongshang.outcome.ExtensionRequest;
import org.gongshang.outcome.ProgressReport;
import org.gongshang.outcome.Reply;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What departments write while handling: progress reports with attachments, co-handler opinions, replies, extension requests. */
@Repository("outcomeHandlingStore")
public class HandlingStore {

    private final JdbcClient jdbc;

    HandlingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- progress -------------------------------------------------------------------------------

    public long insertProgress(long recommendationId, int round, long organizationId, String text, @Nullable Integer percent,
            long authorId, Instant at) {
        return jdbc.sql("""
                insert into outcome_progress (recommendation_id, handling_round, organization_id, text, percent, author_id, at)
                values (:id, :round, :org, :text, :percent, :author, :at) returning id""")
                .param("id", recommendationId).param("round", round).param("org", organizationId).param("text", text)
                .param("percent", percent).param("author", authorId).param("at", Rows.timestamp(at)).query(Long.class).single();
    }

    public void insertAttachment(long progressId, String filename, String contentType, byte[] content) {
        jdbc.sql("""
                insert into outcome_attachment (progress_id, filename, content_type, size, content)
                values (:progress, :name, :type, :size, :content)""")
                .param("progress", progressId).param("name", filename).param("type", contentType).param("size", content.length)
                .param("content", content).update();
    }

    public List<ProgressReport> progress(long recommendationId) {
        Map<Long, List<ProgressReport.Attachment>> attachments = jdbc.sql("""
                select a.id, a.progress_id, a.filename, a.content_type, a.size from outcome_attachment a
                join outcome_progress p on p.id = a.progress_id where p.recommendation_id = :id order by a.id""")
                .param("id", recommendationId)
                .query((rs, n) -> Map.entry(rs.getLong("progress_id"), new ProgressReport.Attachment(rs.getLong("id"),
                        rs.getString("filename"), rs.getString("content_type"), rs.getInt("size"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return jdbc.sql("select * from outcome_progress where recommendation_id = :id order by at, id").param("id", recommendationId)
                .query((rs, n) -> new ProgressReport(rs.getLong("id"), rs.getInt("handling_round"), rs.getLong("organization_id"),
                        rs.getString("text"), rs.getObject("percent", Integer.class), rs.getLong("author_id"),
                        Rows.requiredInstant(rs, "at"), attachments.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** An attachment's file, with the recommendation it belongs to (for the access check). */
    public record AttachmentFile(long recommendationId, String filename, String contentType, byte[] content) {
    }

    public Optional<AttachmentFile> attachment(long attachmentId) {
        return jdbc.sql("""
                select p.recommendation_id, a.filename, a.content_type, a.content from outcome_attachment a
                join outcome_progress p on p.id = a.progress_id where a.id = :id""")
                .param("id", attachmentId)
                .query((rs, n) -> new AttachmentFile(rs.getLong("recommendation_id"), rs.getString("filename"),
                        rs.getString("content_type"), rs.getBytes("content")))
                .optional();
    }

    // ---- co-handlers ----------------------------------------------------------------------------

    /** False when the organisation already gave its opinion in this round. */
    public boolean insertOpinion(long recommendationId, int round, long organizationId, String text, long authorId, Instant at) {
        return jdbc.sql("""
                insert into outcome_co_opinion (recommendation_id, handling_round, organization_id, text, author_id, at)
                values (:id, :round, :org, :text, :author, :at) on conflict do nothing""")
                .param("id", recommendationId).param("round", round).param("org", organizationId).param("text", text)
                .param("author", authorId).param("at", Rows.timestamp(at)).update() == 1;
    }

    public List<CoHandlerOpinion> opinions(long recommendationId) {
        return jdbc.sql("select * from outcome_co_opinion where recommendation_id = :id order by at, id").param("id", recommendationId)
                .query((rs, n) -> new CoHandlerOpinion(rs.getInt("handling_round"), rs.getLong("organization_id"),
                        rs.getString("text"), rs.getLong("author_id"), Rows.requiredInstant(rs, "at")))
                .list();
    }

    // ---- replies --------------------------------------------------------------------------------

    public void insertReply(long recommendationId, int round, long organizationId, String grade, String text, long authorId,
            Instant at) {
        jdbc.sql("""
                insert into outcome_reply (recommendation_id, handling_round, organization_id, grade, text, author_id, at)
                values (:id, :round, :org, :grade, :text, :author, :at)""")
                .param("id", recommendationId).param("round", round).param("org", organizationId).param("grade", grade)
                .param("text", text).param("author", authorId).param("at", Rows.timestamp(at)).update();
    }

    public List<Reply> replies(long recommendationId) {
        return jdbc.sql("select * from outcome_reply where recommendation_id = :id order by handling_round").param("id", recommendationId)
                .query((rs, n) -> new Reply(rs.getInt("handling_round"), rs.getLong("organization_id"), rs.getString("grade"),
                        rs.getString("text"), rs.getLong("author_id"), Rows.requiredInstant(rs, "at")))
                .list();
    }

    // ---- extensions -----------------------------------------------------------------------------

    /** False when a request is already waiting for a decision. */
    public boolean insertExtension(long recommendationId, int workingDays, String reason, long requestedBy, Instant at) {
        return jdbc.sql("""
                insert into outcome_extension (recommendation_id, working_days, reason, requested_by, requested_at)
                values (:id, :days, :reason, :by, :at) on conflict do nothing""")
                .param("id", recommendationId).param("days", workingDays).param("reason", reason).param("by", requestedBy)
                .param("at", Rows.timestamp(at)).update() == 1;
    }

    public Optional<ExtensionRequest> pendingExtension(long recommendationId) {
        return extensions(recommendationId).stream().filter(ExtensionRequest::isPending).findFirst();
    }

    public void decideExtension(long extensionId, boolean approved, long decidedBy, @Nullable String note,
            @Nullable LocalDate newDueOn, Instant at) {
        jdbc.sql("""
                update outcome_extension set approved = :approved, decided_by = :by, decided_at = :at, decision_note = :note,
                    new_due_on = :due where id = :id and approved is null""")
                .param("approved", approved).param("by", decidedBy).param("at", Rows.timestamp(at)).param("note", note)
                .param("due", newDueOn).param("id", extensionId).update();
    }

    public List<ExtensionRequest> extensions(long recommendationId) {
        return jdbc.sql("select * from outcome_extension where recommendation_id = :id order by requested_at, id")
                .param("id", recommendationId).query(HandlingStore::extension).list();
    }

    /** Requests waiting for a decision, in the given recommendations. */
    public List<ExtensionRequest> pendingExtensions() {
        return jdbc.sql("select * from outcome_extension where approved is null order by requested_at").query(HandlingStore::extension).list();
    }

    private static ExtensionRequest extension(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ExtensionRequest(rs.getLong("id"), rs.getLong("recommendation_id"), rs.getInt("working_days"),
                rs.getString("reason"), rs.getLong("requested_by"), Rows.requiredInstant(rs, "requested_at"),
                rs.getObject("approved", Boolean.class), Rows.nullableLong(rs, "decided_by"), Rows.instant(rs, "decided_at"),
                rs.getString("decision_note"), rs.getObject("new_due_on", LocalDate.class));
    }
}
