package org.gongshang.topic.internal;

import java.util.Optional;

import org.gongshang.topic.TopicOrigin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Where members' topics came from. */
@Repository
public class OriginStore {

    private final JdbcClient jdbc;

    OriginStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long topicId, TopicOrigin origin) {
        jdbc.sql("insert into topic_origin (topic_id, description, link) values (:topic, :description, :link)")
                .param("topic", topicId).param("description", origin.description()).param("link", origin.link()).update();
    }

    public Optional<TopicOrigin> of(long topicId) {
        return jdbc.sql("select description, link from topic_origin where topic_id = :topic").param("topic", topicId)
                .query(TopicOrigin.class).optional();
    }
}
