package org.gongshang.topic.internal;

import java.util.List;
import java.util.Optional;

import org.gongshang.topic.TopicImage;
import org.gongshang.shared.image.SanitizedImage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Topic images in the database (bytea), not on disk: a topic and its images commit together, every
 * node of a cluster sees them without a shared disk, and the database backup includes them. Three
 * re-encoded images of at most 5 MB per topic keep that affordable.
 */
@Repository
public class ImageStore {

    private final JdbcClient jdbc;

    ImageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long topicId, SanitizedImage image) {
        return jdbc.sql("""
                insert into topic_image (topic_id, content_type, width, height, content)
                values (:topic, :type, :width, :height, :content) returning id""")
                .param("topic", topicId).param("type", image.contentType()).param("width", image.width())
                .param("height", image.height()).param("content", image.bytes()).query(Long.class).single();
    }

    public List<TopicImage> of(long topicId) {
        return jdbc.sql("select id, topic_id, content_type, width, height from topic_image where topic_id = :topic order by id")
                .param("topic", topicId)
                .query((rs, row) -> new TopicImage(rs.getLong("id"), rs.getLong("topic_id"), rs.getString("content_type"),
                        rs.getInt("width"), rs.getInt("height")))
                .list();
    }

    public int count(long topicId) {
        return jdbc.sql("select count(*) from topic_image where topic_id = :topic").param("topic", topicId)
                .query(Integer.class).single();
    }

    public Optional<byte[]> content(long topicId, long imageId) {
        return jdbc.sql("select content from topic_image where id = :id and topic_id = :topic")
                .param("id", imageId).param("topic", topicId).query(byte[].class).optional();
    }
}
