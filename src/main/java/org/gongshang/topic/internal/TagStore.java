package org.gongshang.topic.internal;

import java.util.List;
import java.util.Optional;

import org.gongshang.topic.TopicTag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TagStore {

    private final JdbcClient jdbc;

    TagStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<TopicTag> all() {
        return jdbc.sql("select * from topic_tag order by active desc, id")
                .query((rs, row) -> new TopicTag(rs.getLong("id"), rs.getString("name"), rs.getBoolean("active"))).list();
    }

    public Optional<TopicTag> findByName(String name) {
        return jdbc.sql("select * from topic_tag where name = :name").param("name", name)
                .query((rs, row) -> new TopicTag(rs.getLong("id"), rs.getString("name"), rs.getBoolean("active"))).optional();
    }

    public long insert(String name) {
        return jdbc.sql("insert into topic_tag (name) values (:name) returning id").param("name", name)
                .query(Long.class).single();
    }

    public boolean setActive(long id, boolean active) {
        return jdbc.sql("update topic_tag set active = :active where id = :id").param("active", active).param("id", id)
                .update() > 0;
    }

    public void tag(long topicId, List<Long> tagIds) {
        tagIds.forEach(tag -> jdbc.sql("insert into topic_tagging (topic_id, tag_id) values (:topic, :tag) on conflict do nothing")
                .param("topic", topicId).param("tag", tag).update());
    }
}
