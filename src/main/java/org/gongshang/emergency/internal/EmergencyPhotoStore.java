package org.gongshang.emergency.internal;

import java.util.List;
import java.util.Optional;

import org.gongshang.shared.image.SanitizedImage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Photos of reports and resolutions, in the database (every node serves them), already re-encoded. */
@Repository
public class EmergencyPhotoStore {

    /** Which part of the story a photo shows. */
    public enum Stage {
        REPORT, RESOLUTION
    }

    public record PhotoRow(long id, Stage stage, int width, int height) {
    }

    public record Content(String contentType, byte[] bytes) {
    }

    private final JdbcClient jdbc;

    EmergencyPhotoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long emergencyId, Stage stage, SanitizedImage photo, long addedBy) {
        return jdbc.sql("""
                insert into emergency_photo (emergency_id, stage, content_type, width, height, content, added_by)
                values (:emergency, :stage, :type, :width, :height, :content, :by) returning id""")
                .param("emergency", emergencyId).param("stage", stage.name()).param("type", photo.contentType())
                .param("width", photo.width()).param("height", photo.height()).param("content", photo.bytes())
                .param("by", addedBy).query(Long.class).single();
    }

    public List<PhotoRow> of(long emergencyId) {
        return jdbc.sql("select id, stage, width, height from emergency_photo where emergency_id = :emergency order by id")
                .param("emergency", emergencyId).query(PhotoRow.class).list();
    }

    public int count(long emergencyId, Stage stage) {
        return jdbc.sql("select count(*) from emergency_photo where emergency_id = :emergency and stage = :stage")
                .param("emergency", emergencyId).param("stage", stage.name()).query(Integer.class).single();
    }

    public Optional<Content> content(long emergencyId, long photoId) {
        return jdbc.sql("select content_type, content from emergency_photo where id = :id and emergency_id = :emergency")
                .param("id", photoId).param("emergency", emergencyId)
                .query((rs, n) -> new Content(rs.getString("content_type"), rs.getBytes("content"))).optional();
    }
}
