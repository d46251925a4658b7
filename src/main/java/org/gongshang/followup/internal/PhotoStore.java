package org.gongshang.followup.internal;

import java.util.Optional;

import org.gongshang.shared.image.SanitizedImage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Photos of follow-up records in the database, as the topic module keeps its images. */
@Repository
public class PhotoStore {

    private final JdbcClient jdbc;

    PhotoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long recordId, SanitizedImage photo) {
        return jdbc.sql("""
                insert into followup_photo (record_id, content_type, width, height, content)
                values (:record, :type, :width, :height, :content) returning id""")
                .param("record", recordId).param("type", photo.contentType()).param("width", photo.width())
                .param("height", photo.height()).param("content", photo.bytes()).query(Long.class).single();
    }

    public int count(long recordId) {
        return jdbc.sql("select count(*) from followup_photo where record_id = :record").param("record", recordId)
                .query(Integer.class).single();
    }

    public Optional<byte[]> content(long recordId, long photoId) {
        return jdbc.sql("select content from followup_photo where id = :id and record_id = :record")
                .param("id", photoId).param("record", recordId).query(byte[].class).optional();
    }
}
